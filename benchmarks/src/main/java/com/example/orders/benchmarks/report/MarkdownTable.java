package com.example.orders.benchmarks.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** A table of results as GitHub renders it, so a report can be pasted into a pull request. */
public final class MarkdownTable {

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    public MarkdownTable(String... headers) {
        this.headers = List.of(headers);
    }

    /** A table whose columns are {@code leading}, then the {@link Percentiles} columns. */
    public static MarkdownTable withPercentiles(String... leading) {
        return new MarkdownTable(Stream.concat(Arrays.stream(leading), Arrays.stream(Percentiles.headers())).toArray(String[]::new));
    }

    public MarkdownTable row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("Expected " + headers.size() + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    public MarkdownTable row(List<String> leading, Percentiles percentiles) {
        return row(Stream.concat(leading.stream(), Arrays.stream(percentiles.cells())).toArray(String[]::new));
    }

    public String render() {
        var out = new StringBuilder();
        out.append(line(headers));
        out.append(line(headers.stream().map(header -> "---").toList()));
        rows.forEach(row -> out.append(line(row)));
        return out.toString();
    }

    private static String line(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }
}

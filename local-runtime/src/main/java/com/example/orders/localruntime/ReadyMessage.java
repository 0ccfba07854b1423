package com.example.orders.localruntime;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the platform prints once it serves requests: where, with which key, where its files are,
 * and three commands that work as pasted, one after the other, in bash or zsh (the order is the
 * contract's own example). The first keeps the new order's id in {@code $order_id}, which the
 * second uses. Each command is one line, so it can be copied, or found by a program, whole.
 */
public record ReadyMessage(URI uri, String apiKey, String corsOrigins, Optional<Path> dataDirectory,
        Duration startupTime, String exampleOrder, Path outbox, Path log) {

    /** The shell variable the create command sets and the get command reads. */
    public static final String ORDER_ID_VARIABLE = "order_id";

    public List<String> commands() {
        String key = " -H " + shellQuoted("x-api-key: " + apiKey);
        return List.of(
                // The response goes to the terminal through stderr; the id comes from its Location.
                ORDER_ID_VARIABLE + "=$(curl -si -X POST " + shellQuoted(uri + "/orders") + key
                        + " -H " + shellQuoted("Content-Type: application/json") + " -d " + shellQuoted(exampleOrder)
                        + " | tee /dev/stderr | sed -n 's|^[Ll]ocation: .*/orders/\\([0-9a-f-]*\\).*|\\1|p')",
                "curl -i \"" + uri + "/orders/$" + ORDER_ID_VARIABLE + "\"" + key,
                "curl -i " + shellQuoted(uri + "/orders?status=COMPLETED") + key);
    }

    public String text() {
        List<String> commands = commands();
        return """
                Orders platform ready in %s s
                  API        %s
                  API key    %s   (send it as x-api-key)
                  CORS       %s
                  Data       %s
                  Outbox     %s   (each email the notifier sends, as a text file)
                  Log        %s   (functions, metrics, emulators; --verbose shows them here)

                Paste these, one after the other (bash or zsh):

                Create an order (prints the 201 response and keeps the new order's id in $%s):
                %s

                Get it back (PENDING at first, COMPLETED within about a second):
                %s

                List the completed orders:
                %s

                Below: a line per request and per order status change. Press Ctrl-C to stop.
                """.formatted(
                String.format(Locale.ROOT, "%.1f", startupTime.toMillis() / 1000.0),
                uri, apiKey, corsOrigins,
                dataDirectory.map(directory -> "kept in " + directory.toAbsolutePath())
                        .orElse("in memory, removed at stop with the outbox and the log (--data-dir DIR keeps them)"),
                outbox.toAbsolutePath(), log.toAbsolutePath(), ORDER_ID_VARIABLE,
                commands.get(0), commands.get(1), commands.get(2));
    }

    /** Single-quoted for POSIX shells: nothing inside is expanded, and a quote is closed, escaped and reopened. */
    private static String shellQuoted(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}

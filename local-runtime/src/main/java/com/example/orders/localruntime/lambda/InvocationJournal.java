package com.example.orders.localruntime.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The asynchronous invocations a function has accepted and not yet finished (done, or handed to
 * its on-failure destination). Lambda keeps its queue of them durably: an event accepted with a
 * 202 is invoked even if the service restarts. Kept in a directory, one file per event, the local
 * platform does the same across restarts of a platform whose data is kept; in memory, nothing is
 * kept and a stop drops what is still waiting.
 */
public final class InvocationJournal {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUFFIX = ".json";

    /** An accepted event: its request id, when Lambda accepted it (its age counts from then), and the event. */
    public record Accepted(String requestId, Instant accepted, JsonNode payload) {}

    private final Optional<Path> directory;

    private InvocationJournal(Optional<Path> directory) {
        this.directory = directory;
    }

    /** A journal that keeps nothing: what is waiting when the platform stops is dropped. */
    public static InvocationJournal inMemory() {
        return new InvocationJournal(Optional.empty());
    }

    /** A journal kept in {@code directory}, which is created if missing. */
    public static InvocationJournal inDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot create the invocation journal " + directory, failure);
        }
        return new InvocationJournal(Optional.of(directory));
    }

    /** Whether what is accepted outlives this process. */
    public boolean durable() {
        return directory.isPresent();
    }

    /** Records {@code event} before its acceptance is answered: written whole, so a crash never leaves half an event. */
    void accept(Accepted event) {
        if (directory.isEmpty()) {
            return;
        }
        ObjectNode entry = JSON.createObjectNode();
        entry.put("requestId", event.requestId());
        entry.put("accepted", event.accepted().toString());
        entry.set("payload", event.payload());
        Path target = directory.get().resolve(event.requestId() + SUFFIX);
        try {
            Path written = target.resolveSibling(event.requestId() + ".tmp");
            JSON.writeValue(written.toFile(), entry);
            Files.move(written, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot record the invocation " + event.requestId() + " in " + directory.get(), failure);
        }
    }

    /** Forgets the event once the function is done with it, or it is on the on-failure destination. */
    void finished(String requestId) {
        if (directory.isEmpty()) {
            return;
        }
        try {
            Files.deleteIfExists(directory.get().resolve(requestId + SUFFIX));
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot remove the finished invocation " + requestId, failure);
        }
    }

    /** The events accepted before the last stop and not finished, oldest first. */
    List<Accepted> unfinished() {
        if (directory.isEmpty()) {
            return List.of();
        }
        var events = new ArrayList<Accepted>();
        try (Stream<Path> files = Files.list(directory.get())) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().endsWith(SUFFIX)) {
                    // Half written when the process died, so never acknowledged: the sender tried again.
                    Files.deleteIfExists(file);
                    continue;
                }
                JsonNode entry = JSON.readTree(file.toFile());
                events.add(new Accepted(entry.path("requestId").asText(), Instant.parse(entry.path("accepted").asText()),
                        entry.path("payload")));
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot read the invocation journal " + directory.get(), failure);
        }
        events.sort(Comparator.comparing(Accepted::accepted));
        return events;
    }
}

package com.example.orders.localruntime.console;

import com.example.orders.localruntime.events.BackgroundLoop;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where the emails the platform sends end up locally, for a person to read: moto's SES keeps sent
 * mail only in memory, exposed through its model data ({@code GET /moto-api/data.json}, models
 * {@code ses.Message} and {@code ses.RawMessage}). Each new email is written to the outbox
 * directory as a text file and announced in one line that leaves out the recipient, so no
 * address lands in a terminal or a CI log.
 */
public final class EmailOutbox implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EmailOutbox.class.getName());

    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI modelData;
    private final Path directory;
    private final Consumer<String> console;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Set<String> delivered = new HashSet<>();
    private int sequence;
    private BackgroundLoop loop;

    private EmailOutbox(URI sesEndpoint, Path directory, Consumer<String> console) {
        this.modelData = sesEndpoint.resolve("/moto-api/data.json");
        this.directory = directory;
        this.console = console;
    }

    /** An outbox that is filled only when {@link #collect()} is called. */
    public static EmailOutbox of(URI sesEndpoint, Path directory, Consumer<String> console) {
        try {
            Files.createDirectories(directory);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot create the outbox " + directory, failure);
        }
        return new EmailOutbox(sesEndpoint, directory, console);
    }

    /** An outbox that collects new emails every second until closed. */
    public static EmailOutbox start(URI sesEndpoint, Path directory, Consumer<String> console) {
        EmailOutbox outbox = of(sesEndpoint, directory, console);
        outbox.loop = BackgroundLoop.start("email-outbox", POLL_INTERVAL, () -> {
            outbox.collect();
            return false;
        });
        return outbox;
    }

    public Path directory() {
        return directory;
    }

    /** Writes every email sent since the last call into the outbox; answers the files written. */
    public synchronized List<Path> collect() {
        JsonNode ses = fetchModelData().path("ses");
        var emails = new ArrayList<SentEmail>();
        ses.path("Message").forEach(message -> emails.add(SentEmail.formatted(message)));
        ses.path("RawMessage").forEach(message -> emails.add(SentEmail.raw(message)));
        var written = new ArrayList<Path>();
        for (SentEmail email : emails) {
            if (delivered.add(email.id())) {
                Path file = directory.resolve("%04d-%s.txt".formatted(++sequence, email.id()));
                write(file, email);
                console.accept("Email \"%s\" from %s -> %s".formatted(email.subject(), email.source(), file));
                written.add(file);
            }
        }
        return written;
    }

    private JsonNode fetchModelData() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(modelData).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("moto answered " + response.statusCode() + " for " + modelData);
            }
            return JSON.readTree(response.body());
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot read sent emails from " + modelData, failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading sent emails", interrupted);
        }
    }

    private static void write(Path file, SentEmail email) {
        try {
            Files.writeString(file, email.text());
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot write " + file, failure);
        }
    }

    /**
     * Writes what was sent since the last poll, while the emulator still holds it, then stops. An
     * emulator that is already gone (it died, which the platform reports on its own) takes those
     * emails with it: that is logged, and the stop goes on.
     */
    @Override
    public void close() {
        if (loop != null) {
            loop.close();
        }
        try {
            collect();
        } catch (UncheckedIOException unreachable) {
            LOG.log(System.Logger.Level.WARNING, "The outbox could not collect the last emails sent: " + unreachable.getMessage());
        } finally {
            http.close();
        }
    }
}

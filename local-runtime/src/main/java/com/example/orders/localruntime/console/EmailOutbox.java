package com.example.orders.localruntime.console;

import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.SentEmail;
import com.example.orders.localruntime.events.BackgroundLoop;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where the emails the platform sends end up locally, for a person to read: each email SES
 * accepted ({@link LocalAws#sentEmails()}) is written to the outbox directory as a text file and
 * announced in one line that leaves out the recipient, so no address lands in a terminal or a CI
 * log.
 */
public final class EmailOutbox implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EmailOutbox.class.getName());

    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

    private final Supplier<List<SentEmail>> accepted;
    private final Path directory;
    private final Consumer<String> console;
    private final Set<String> delivered = new HashSet<>();
    private int sequence;
    private BackgroundLoop loop;

    private EmailOutbox(Supplier<List<SentEmail>> accepted, Path directory, Consumer<String> console) {
        this.accepted = accepted;
        this.directory = directory;
        this.console = console;
    }

    /** An outbox that is filled only when {@link #collect()} is called. */
    public static EmailOutbox of(LocalAws aws, Path directory, Consumer<String> console) {
        try {
            Files.createDirectories(directory);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot create the outbox " + directory, failure);
        }
        return new EmailOutbox(aws::sentEmails, directory, console);
    }

    /** An outbox that collects new emails every second until closed. */
    public static EmailOutbox start(LocalAws aws, Path directory, Consumer<String> console) {
        EmailOutbox outbox = of(aws, directory, console);
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
        var written = new ArrayList<Path>();
        for (SentEmail email : accepted.get()) {
            if (delivered.add(email.messageId())) {
                Path file = directory.resolve("%04d-%s.txt".formatted(++sequence, email.messageId()));
                write(file, email);
                console.accept("Email \"%s\" from %s -> %s".formatted(email.subject(), email.source(), file));
                written.add(file);
            }
        }
        return written;
    }

    private static void write(Path file, SentEmail email) {
        try {
            Files.writeString(file, text(email));
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot write " + file, failure);
        }
    }

    /** The email as a person reads it. */
    private static String text(SentEmail email) {
        return """
                From: %s
                To: %s
                Subject: %s
                Message-Id: %s

                %s
                """.formatted(email.source(), String.join(", ", email.recipients()), email.subject(), email.messageId(), email.body());
    }

    /**
     * Writes what was sent since the last poll, then stops. A backend that reads sent emails from
     * an emulator that is already gone (it died, which the platform reports on its own) loses
     * those emails: that is logged, and the stop goes on.
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
        }
    }
}

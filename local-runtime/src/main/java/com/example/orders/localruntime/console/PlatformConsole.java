package com.example.orders.localruntime.console;

import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * What a person running the platform sees: the banner, one line per request and per order status
 * change, emails sent, dead letters waiting. Everything else that writes to standard output or
 * error, or logs (the functions' JSON logs and metrics, the emulators, the platform's own
 * warnings), goes to the platform log, and to the console too with {@code --verbose}.
 */
public final class PlatformConsole implements AutoCloseable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** The gateway's logger: a line per request, and what the gateway itself refuses or fails on. */
    private static final String REQUESTS = "com.example.orders.localruntime.gateway.ApiGateway";

    private final PrintStream console;
    private final PrintStream log;
    private final boolean verbose;
    private final Path logFile;
    /** Held: JUL forgets the handlers of loggers nothing references. */
    private final Logger requests;

    private PlatformConsole(PrintStream console, PrintStream log, boolean verbose, Path logFile, Logger requests) {
        this.console = console;
        this.log = log;
        this.verbose = verbose;
        this.logFile = logFile;
        this.requests = requests;
    }

    /**
     * Sends standard output, standard error and java.util.logging to {@code logFile}, keeping the
     * current standard output as the console. Call it first thing: what captured the streams
     * before keeps writing to them.
     */
    public static PlatformConsole open(Path logFile, boolean verbose) {
        PrintStream console = System.out;
        PrintStream log;
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            OutputStream file = new FileOutputStream(logFile.toFile(), true);
            log = new PrintStream(verbose ? new Tee(file, console) : file, true, StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot open the platform log " + logFile, failure);
        }
        System.setOut(log);
        System.setErr(log);
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        root.addHandler(handler(log, new LogLine()));
        Logger requests = Logger.getLogger(REQUESTS);
        if (!verbose) {
            requests.addHandler(handler(console, new ConsoleLine()));
        }
        return new PlatformConsole(console, log, verbose, logFile, requests);
    }

    public Path logFile() {
        return logFile;
    }

    /** A line for the person running the platform, with the time; the log gets it too. */
    public void line(String text) {
        String line = LocalTime.now().format(TIME) + " " + text;
        // With --verbose the log already writes to the console too.
        if (!verbose) {
            console.println(line);
        }
        log.println(line);
    }

    /** Text for the console as it is (the banner, the usage). */
    public void print(String text) {
        console.print(text);
        console.flush();
    }

    /** A failure that stops the platform: one sentence on the console, the whole of it in the log. */
    public void failure(String sentence, Optional<Throwable> cause) {
        console.println(sentence);
        cause.ifPresent(failure -> {
            failure.printStackTrace(log);
            console.println("Details: " + logFile);
        });
    }

    @Override
    public void close() {
        log.flush();
        log.close();
    }

    /**
     * A handler that never closes {@code stream}: at exit, java.util.logging closes every handler,
     * concurrently with the platform's own shutdown, which still writes its last lines.
     */
    private static Handler handler(PrintStream stream, Formatter formatter) {
        OutputStream unclosable = new FilterOutputStream(stream) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        var handler = new StreamHandler(unclosable, formatter) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush();
            }
        };
        handler.setLevel(Level.ALL);
        return handler;
    }

    /** The console's form of a gateway log record: time and message; a stack trace stays in the log. */
    private static final class ConsoleLine extends Formatter {
        @Override
        public String format(LogRecord record) {
            String level = record.getLevel().intValue() >= Level.WARNING.intValue() ? record.getLevel().getName() + " " : "";
            return LocalTime.now().format(TIME) + " " + level + formatMessage(record) + System.lineSeparator();
        }
    }

    /** The log's form of a record: time, level, logger, message and the stack trace. */
    private static final class LogLine extends Formatter {
        @Override
        public String format(LogRecord record) {
            var line = new StringBuilder(LocalTime.now().format(TIME)).append(' ').append(record.getLevel().getName())
                    .append(' ').append(record.getLoggerName()).append(" - ").append(formatMessage(record))
                    .append(System.lineSeparator());
            if (record.getThrown() != null) {
                var trace = new java.io.StringWriter();
                record.getThrown().printStackTrace(new java.io.PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }

    /** Writes to both streams. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            first.write(bytes, offset, length);
            second.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            first.flush();
            second.flush();
        }
    }
}

package com.example.orders.lambda.logging;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import org.slf4j.MDC;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** An SLF4J logger that writes each event it is enabled for as one {@link JsonLine} on standard output. */
final class JsonLogger extends LegacyAbstractLogger {

    private final transient LogLevels levels;
    private final transient Clock clock;

    JsonLogger(String name, LogLevels levels, Clock clock) {
        this.name = name;
        this.levels = levels;
        this.clock = clock;
    }

    @Override
    public boolean isTraceEnabled() {
        return levels.enabled(name, Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return levels.enabled(name, Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return levels.enabled(name, Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return levels.enabled(name, Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return levels.enabled(name, Level.ERROR);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments, Throwable error) {
        Map<String, String> context = MDC.getCopyOfContextMap();
        String message = MessageFormatter.basicArrayFormat(pattern, arguments);
        String line = JsonLine.of(level, message, error, context == null ? Map.of() : context, arguments, clock.instant());
        // Looked up on every event: whoever captures standard output (a test, the local platform) gets the lines.
        PrintStream out = System.out;
        out.println(line);
    }
}

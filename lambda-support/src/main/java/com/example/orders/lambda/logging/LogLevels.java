package com.example.orders.lambda.logging;

import java.util.Locale;
import java.util.Optional;
import org.slf4j.event.Level;

/**
 * Which events each logger writes: the platform's own code ({@value #OWN_CODE}) at
 * {@code LOG_LEVEL} (default INFO), everything else (the SDK, libraries) at WARN, as the log4j2.xml
 * this backend replaced had it. Powertools may set one level for all of them (POWERTOOLS_LOG_LEVEL,
 * or a sampled invocation at DEBUG).
 */
final class LogLevels {

    static final String OWN_CODE = "com.example.orders";
    static final String LEVEL_VARIABLE = "LOG_LEVEL";

    private static final Level OWN_DEFAULT = Level.INFO;
    private static final Level OTHERS = Level.WARN;

    private final Level own;
    private volatile Level everything;

    LogLevels(String configured) {
        this.own = parse(configured).orElse(OWN_DEFAULT);
    }

    static LogLevels fromEnvironment() {
        return new LogLevels(System.getenv(LEVEL_VARIABLE));
    }

    /** The level below which {@code loggerName} writes nothing. */
    Level threshold(String loggerName) {
        Level set = everything;
        if (set != null) {
            return set;
        }
        return loggerName.equals(OWN_CODE) || loggerName.startsWith(OWN_CODE + ".") ? own : OTHERS;
    }

    boolean enabled(String loggerName, Level level) {
        return level.toInt() >= threshold(loggerName).toInt();
    }

    /** One level for every logger, until {@link #reset()}. */
    void setForAll(Level level) {
        everything = level;
    }

    private static Optional<Level> parse(String configured) {
        if (configured == null || configured.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Level.valueOf(configured.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}

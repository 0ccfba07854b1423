package com.example.orders.lambda.logging;

import java.time.Instant;
import java.util.Map;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The functions' SLF4J backend: Powertools-structured JSON lines on standard output, with nothing
 * to configure or parse at start-up. It replaces Log4j 2, whose start-up cost most of a cold
 * start (decision 0014). Found by SLF4J through META-INF/services.
 */
public final class JsonLogProvider implements SLF4JServiceProvider {

    /** The one factory of this class loader: Powertools' log level manager changes its levels. */
    private static final JsonLoggerFactory FACTORY = new JsonLoggerFactory(LogLevels.fromEnvironment());

    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new BasicMDCAdapter();

    /**
     * For SnapStart priming: formats a line carrying {@code arguments} as a log call would, and
     * writes nothing. Structured arguments that are not strings or numbers (an enum) go through
     * Powertools' Jackson configuration, whose first use builds its modules and JMESPath functions.
     *
     * @return the line that would have been written
     */
    public static String formatWithoutWriting(Object... arguments) {
        return JsonLine.of(Level.INFO, "SnapStart priming", null, Map.of(), arguments, Instant.EPOCH);
    }

    static LogLevels levels() {
        return FACTORY.levels();
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return FACTORY;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // Everything is ready once the class is loaded.
    }
}

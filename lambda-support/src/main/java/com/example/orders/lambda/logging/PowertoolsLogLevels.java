package com.example.orders.lambda.logging;

import org.slf4j.Logger;
import org.slf4j.event.Level;
import software.amazon.lambda.powertools.logging.internal.LoggingManager;

/**
 * Powertools' hook into the backend's levels: it sets one level for every logger from
 * POWERTOOLS_LOG_LEVEL, or DEBUG for a sampled invocation. Found by Powertools through
 * META-INF/services.
 */
public final class PowertoolsLogLevels implements LoggingManager {

    @Override
    public void setLogLevel(Level level) {
        JsonLogProvider.levels().setForAll(level);
    }

    @Override
    public Level getLogLevel(Logger logger) {
        return JsonLogProvider.levels().threshold(logger == null ? Logger.ROOT_LOGGER_NAME : logger.getName());
    }
}

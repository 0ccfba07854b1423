package com.example.orders.localruntime.events;

import com.example.orders.localruntime.lambda.LocalEventFunction;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EventBridge Scheduler rate schedule, run locally: invokes its function once every interval,
 * the first time one interval after the start. As the template's RetryPolicy says, a run that
 * fails is not retried; the next run comes anyway. Whatever the function answers is handed to
 * {@code results}.
 */
public final class RateSchedule implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RateSchedule.class.getName());
    private static final Pattern RATE = Pattern.compile("rate\\((\\d+) (minute|minutes|hour|hours|day|days)\\)");

    private final BackgroundLoop loop;

    private RateSchedule(String name, Duration every, LocalEventFunction<Map<String, Object>, ?> function,
            Consumer<Object> results) {
        var started = new boolean[] {false};
        this.loop = BackgroundLoop.start("schedule-" + name, every, () -> {
            if (!started[0]) {
                started[0] = true;
                return false;
            }
            try {
                results.accept(function.invoke(Map.of()));
            } catch (RuntimeException failed) {
                LOG.log(System.Logger.Level.WARNING, "Scheduled run of " + function.name() + " failed; the next run is in "
                        + every.toSeconds() + " s: " + failed);
            }
            return false;
        });
    }

    public static RateSchedule start(String name, Duration every, LocalEventFunction<Map<String, Object>, ?> function,
            Consumer<Object> results) {
        return new RateSchedule(name, every, function, results);
    }

    /** The interval of a {@code rate(N unit)} schedule expression, as EventBridge Scheduler reads it. */
    public static Duration interval(String expression) {
        Matcher rate = RATE.matcher(expression.strip().toLowerCase(Locale.ROOT));
        if (!rate.matches()) {
            throw new IllegalArgumentException("Not a rate expression: " + expression);
        }
        long value = Long.parseLong(rate.group(1));
        return switch (rate.group(2)) {
            case "minute", "minutes" -> Duration.ofMinutes(value);
            case "hour", "hours" -> Duration.ofHours(value);
            default -> Duration.ofDays(value);
        };
    }

    @Override
    public void close() {
        loop.close();
    }
}

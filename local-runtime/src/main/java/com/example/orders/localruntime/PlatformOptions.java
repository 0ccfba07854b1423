package com.example.orders.localruntime;

import com.example.orders.definitions.ResourceEnvironment;
import com.example.orders.localruntime.events.QueuePoller;
import com.example.orders.localruntime.gateway.GatewaySettings;
import com.example.orders.order.notify.NotificationSettings;
import com.example.orders.order.process.ProcessingSettings;
import com.example.orders.order.reconcile.ReconcileSettings;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the local platform is started, from command-line options, each with an environment
 * variable behind it; an option wins over its variable. Without an API key one is generated,
 * so a key from a previous run never keeps working by accident.
 */
public record PlatformOptions(
        int port,
        String apiKey,
        String corsOrigins,
        Optional<Path> dataDirectory,
        Optional<String> rateLimit,
        Optional<String> burstLimit,
        Optional<Path> outbox,
        Duration retryDelay,
        Optional<Duration> reconcileEvery,
        int concurrency,
        boolean contractChecks,
        Map<String, String> functionSettings,
        boolean verbose,
        boolean help) {

    /**
     * Settings of the processor and the notifier that a developer may change through the
     * environment, as a stage's parameters do in AWS; the platform's defaults apply otherwise.
     */
    public static final List<String> FUNCTION_SETTINGS = List.of(
            ProcessingSettings.WORKFLOW_THRESHOLD, ResourceEnvironment.WORKFLOW_STATE_MACHINE_ARN,
            NotificationSettings.EMAIL_ENABLED, NotificationSettings.SMS_ENABLED, NotificationSettings.EMAIL_SENDER,
            ReconcileSettings.REQUEUE_AFTER_SECONDS, ReconcileSettings.ALARM_AFTER_SECONDS);

    /** Shows on the console everything the platform log gets: functions' logs, metrics, emulators. */
    private static final String VERBOSE_FLAG = "--verbose";
    private static final String VERBOSE_VARIABLE = "LOCAL_VERBOSE";

    private enum Option {
        PORT("--port", "LOCAL_PORT", "N", "Port on 127.0.0.1 to serve the API on; 0 picks a free one (default " + GatewaySettings.DEFAULT_PORT + ")"),
        API_KEY("--api-key", "LOCAL_API_KEY", "KEY", "The API key clients send in x-api-key (default: a new random key each start)"),
        CORS_ORIGINS("--cors-origins", "CORS_ALLOWED_ORIGINS", "LIST", "Comma-separated origins CORS allows (default " + GatewaySettings.DEFAULT_CORS_ORIGINS + ")"),
        DATA_DIR("--data-dir", "LOCAL_DATA_DIR", "DIR", "Keep the tables and the pipe's position in DIR across restarts (default: in memory)"),
        RATE_LIMIT("--rate-limit", "LOCAL_RATE_LIMIT", "N", "Requests per second per API key (default: the api stack's ThrottlingRateLimit)"),
        BURST_LIMIT("--burst-limit", "LOCAL_BURST_LIMIT", "N", "Burst of requests per API key (default: the api stack's ThrottlingBurstLimit)"),
        OUTBOX("--outbox", "LOCAL_OUTBOX", "DIR", "Write each email sent to DIR as a text file (default: <data-dir>/outbox, else a temporary directory removed at stop)"),
        RETRY_DELAY("--retry-delay", "LOCAL_RETRY_DELAY", "SECONDS", "Seconds until a failed queue message is retried (default "
                + QueuePoller.DEFAULT_RETRY_DELAY.toSeconds() + "; AWS waits the queue's 180 s visibility timeout)"),
        RECONCILE_EVERY("--reconcile-every", "LOCAL_RECONCILE_EVERY", "SECONDS", "Seconds between the reconciler's runs (default: the deployed schedule's rate, 300)"),
        CONCURRENCY("--concurrency", "LOCAL_CONCURRENCY", "N", "Execution environments each function runs at once, as Lambda"
                + " scales out (default " + OrderFunctions.DEFAULT_CONCURRENCY + "; 1 runs everything one at a time)"),
        CONTRACT_CHECKS("--contract-checks", "LOCAL_CONTRACT_CHECKS", "on|off",
                "Hold every response to openapi/orders.yaml and log each one outside it (default on)");

        private final String flag;
        private final String variable;
        private final String argument;
        private final String description;

        Option(String flag, String variable, String argument, String description) {
            this.flag = flag;
            this.variable = variable;
            this.argument = argument;
            this.description = description;
        }
    }

    /**
     * Reads the options from {@code args} and {@code environment}.
     *
     * @throws IllegalArgumentException naming the option that is unknown or has an unusable value
     */
    public static PlatformOptions parse(List<String> args, Map<String, String> environment) {
        var values = new LinkedHashMap<Option, String>();
        for (Option option : Option.values()) {
            String fromEnvironment = environment.get(option.variable);
            if (fromEnvironment != null && !fromEnvironment.isBlank()) {
                values.put(option, fromEnvironment.strip());
            }
        }
        boolean help = false;
        boolean verbose = Set.of("1", "true", "on").contains(environment.getOrDefault(VERBOSE_VARIABLE, "").strip());
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
                continue;
            }
            if (arg.equals(VERBOSE_FLAG) || arg.equals("-v")) {
                verbose = true;
                continue;
            }
            String flag = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            Option option = optionFor(flag);
            if (arg.contains("=")) {
                values.put(option, arg.substring(arg.indexOf('=') + 1));
            } else if (i + 1 < args.size()) {
                values.put(option, args.get(++i));
            } else {
                throw new IllegalArgumentException(flag + " needs a value: " + flag + " " + option.argument);
            }
        }
        return new PlatformOptions(
                integer(values, Option.PORT, GatewaySettings.DEFAULT_PORT),
                Optional.ofNullable(values.get(Option.API_KEY)).orElseGet(PlatformOptions::generateApiKey),
                values.getOrDefault(Option.CORS_ORIGINS, GatewaySettings.DEFAULT_CORS_ORIGINS),
                Optional.ofNullable(values.get(Option.DATA_DIR)).map(Path::of),
                Optional.ofNullable(values.get(Option.RATE_LIMIT)),
                Optional.ofNullable(values.get(Option.BURST_LIMIT)),
                Optional.ofNullable(values.get(Option.OUTBOX)).map(Path::of),
                values.containsKey(Option.RETRY_DELAY)
                        ? Duration.ofSeconds(nonNegative(values, Option.RETRY_DELAY)) : QueuePoller.DEFAULT_RETRY_DELAY,
                values.containsKey(Option.RECONCILE_EVERY)
                        ? Optional.of(Duration.ofSeconds(positive(values, Option.RECONCILE_EVERY))) : Optional.empty(),
                values.containsKey(Option.CONCURRENCY) ? positive(values, Option.CONCURRENCY) : OrderFunctions.DEFAULT_CONCURRENCY,
                onOrOff(values, Option.CONTRACT_CHECKS, true),
                functionSettings(environment),
                verbose,
                help);
    }

    public GatewaySettings gatewaySettings() {
        return new GatewaySettings(port, Set.of(apiKey));
    }

    public static String usage() {
        var usage = new StringBuilder("""
                Usage: bin/local-platform [OPTIONS]

                Runs the orders API on this machine: an API Gateway stand-in on 127.0.0.1 in front of the
                real Lambda handlers, on DynamoDB Local, ElasticMQ and moto; new orders flow from the
                table's stream through order-processing-queue to the processor, and status changes
                through order-notifications to the notifier.

                Options (each also read from the environment variable shown):
                """);
        for (Option option : Option.values()) {
            usage.append("  %-22s %-22s %s%n".formatted(option.flag + " " + option.argument, option.variable, option.description));
        }
        usage.append("  %-22s %-22s %s%n".formatted("-v, " + VERBOSE_FLAG, VERBOSE_VARIABLE + "=true",
                "Also show the platform log on the console: functions' logs and metrics, emulators"));
        usage.append("  %-22s %-22s %s%n".formatted("-h, --help", "", "Show this help"));
        usage.append("\nThe processor and notifier also read %s from the environment.%n"
                .formatted(String.join(", ", FUNCTION_SETTINGS)));
        return usage.toString();
    }

    /** 40 URL-safe characters, the length of an API Gateway key. */
    private static String generateApiKey() {
        byte[] random = new byte[30];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static Option optionFor(String flag) {
        for (Option option : Option.values()) {
            if (option.flag.equals(flag)) {
                return option;
            }
        }
        throw new IllegalArgumentException("Unknown option " + flag + " (see --help)");
    }

    private static Map<String, String> functionSettings(Map<String, String> environment) {
        var settings = new LinkedHashMap<String, String>();
        for (String name : FUNCTION_SETTINGS) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                settings.put(name, value.strip());
            }
        }
        return Map.copyOf(settings);
    }

    private static boolean onOrOff(Map<Option, String> values, Option option, boolean fallback) {
        String value = values.get(option);
        if (value == null) {
            return fallback;
        }
        return switch (value.strip()) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException(option.flag + " (" + option.variable + ") must be on or off, got " + value);
        };
    }

    private static int nonNegative(Map<Option, String> values, Option option) {
        int value = integer(values, option, 0);
        if (value < 0) {
            throw new IllegalArgumentException(option.flag + " (" + option.variable + ") must not be negative, got " + value);
        }
        return value;
    }

    private static int positive(Map<Option, String> values, Option option) {
        int value = integer(values, option, 0);
        if (value < 1) {
            throw new IllegalArgumentException(option.flag + " (" + option.variable + ") must be at least 1, got " + value);
        }
        return value;
    }

    private static int integer(Map<Option, String> values, Option option, int fallback) {
        String value = values.get(option);
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(option.flag + " (" + option.variable + ") must be a whole number, got " + value);
        }
    }
}

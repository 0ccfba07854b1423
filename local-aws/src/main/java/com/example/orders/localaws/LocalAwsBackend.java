package com.example.orders.localaws;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/** Which stand-in for AWS to start, chosen by {@value #SETTING}. */
public enum LocalAwsBackend {
    /** DynamoDB Local and ElasticMQ in-process, moto_server as a child process. No Docker needed. */
    EMBEDDED(EmbeddedLocalAws::start),
    /** LocalStack in a Testcontainers-managed container. Needs Docker. */
    LOCALSTACK(LocalStackAws::start);

    /** System property (checked first) or environment variable: {@code embedded} or {@code localstack}. */
    public static final String SETTING = "LOCAL_AWS_BACKEND";

    private final Supplier<LocalAws> starter;

    LocalAwsBackend(Supplier<LocalAws> starter) {
        this.starter = starter;
    }

    public LocalAws start() {
        return starter.get();
    }

    public static LocalAwsBackend configured() {
        return fromSetting(System.getProperty(SETTING, System.getenv(SETTING)));
    }

    /** Parses a setting value; absent or blank means {@link #EMBEDDED}. */
    public static LocalAwsBackend fromSetting(String value) {
        if (value == null || value.isBlank()) {
            return EMBEDDED;
        }
        return Arrays.stream(values())
                .filter(backend -> backend.name().equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("%s=%s is not one of %s".formatted(
                        SETTING,
                        value,
                        Arrays.stream(values()).map(backend -> backend.name().toLowerCase(Locale.ROOT)).toList())));
    }
}

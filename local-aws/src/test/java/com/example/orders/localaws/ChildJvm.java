package com.example.orders.localaws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/** Runs a main class of these tests in a separate JVM, on the same class path. */
final class ChildJvm {

    private ChildJvm() {}

    static ProcessBuilder of(Class<?> mainClass, Map<String, String> environment) {
        var builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                mainClass.getName());
        builder.environment().putAll(environment);
        return builder;
    }

    static Process start(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}

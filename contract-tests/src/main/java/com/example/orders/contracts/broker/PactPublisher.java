package com.example.orders.contracts.broker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Publishes the pact files the consumer tests wrote to a Pact Broker, as version {@code version} of
 * each consumer, with the broker's publication API ({@code PUT
 * /pacts/provider/{provider}/consumer/{consumer}/version/{version}}). The build runs it in the
 * profile pact-broker; the broker and its credentials come from the environment: PACT_BROKER_BASE_URL,
 * and PACT_BROKER_TOKEN or PACT_BROKER_USERNAME with PACT_BROKER_PASSWORD.
 */
public final class PactPublisher {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI broker;
    private final Optional<String> authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public PactPublisher(URI broker, Optional<String> authorization) {
        this.broker = URI.create(broker.toString().replaceAll("/+$", "") + "/");
        this.authorization = authorization;
    }

    /** Publishes every pact in {@code args[0]} as consumer version PACT_CONSUMER_VERSION, or else {@code args[1]}. */
    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("Usage: PactPublisher <pact directory> <consumer version>");
        }
        Map<String, String> environment = System.getenv();
        String broker = environment.get("PACT_BROKER_BASE_URL");
        if (broker == null || broker.isBlank()) {
            throw new IllegalStateException("Set PACT_BROKER_BASE_URL to the Pact Broker to publish to");
        }
        String version = environment.getOrDefault("PACT_CONSUMER_VERSION", args[1]);
        var publisher = new PactPublisher(URI.create(broker), authorization(environment));
        publisher.publishAll(Path.of(args[0]), version).forEach(published -> System.out.println("Published " + published));
    }

    /** A bearer token, or basic credentials, from the broker's usual environment variables. */
    static Optional<String> authorization(Map<String, String> environment) {
        String token = environment.get("PACT_BROKER_TOKEN");
        if (token != null && !token.isBlank()) {
            return Optional.of("Bearer " + token);
        }
        String user = environment.get("PACT_BROKER_USERNAME");
        if (user != null && !user.isBlank()) {
            String credentials = user + ":" + environment.getOrDefault("PACT_BROKER_PASSWORD", "");
            return Optional.of("Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return Optional.empty();
    }

    /** Publishes each pact file of {@code directory}; the URLs they were published to. */
    public List<URI> publishAll(Path directory, String version) {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> pacts = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
            if (pacts.isEmpty()) {
                throw new IllegalStateException("No pact files in " + directory + ": run the consumer tests first");
            }
            return pacts.stream().map(pact -> publish(pact, version)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI publish(Path pactFile, String version) {
        try {
            String pact = Files.readString(pactFile);
            JsonNode parsed = JSON.readTree(pact);
            URI target = broker.resolve("pacts/provider/" + segment(parsed.path("provider").path("name").asText())
                    + "/consumer/" + segment(parsed.path("consumer").path("name").asText())
                    + "/version/" + segment(version));
            var request = HttpRequest.newBuilder(target)
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(pact));
            authorization.ifPresent(value -> request.header("Authorization", value));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("The broker refused " + pactFile.getFileName() + " at " + target + ": "
                        + response.statusCode() + " " + response.body());
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not publish " + pactFile, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted publishing " + pactFile, e);
        }
    }

    private static String segment(String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("A pact names no consumer or provider, or the version is blank");
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package com.example.orders.contracts.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pact files reach the broker's publication endpoint as they are, with the broker's credentials. */
class PactPublisherTest {

    private static final String PACT = """
            {"consumer":{"name":"orders-web"},"provider":{"name":"orders-api"},"interactions":[]}""";

    private record Received(String method, String path, String authorization, String body) {
    }

    @TempDir
    Path pacts;

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer broker;
    private int status = 201;

    @BeforeEach
    void startABrokerEndpoint() throws IOException {
        broker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        broker.createContext("/", exchange -> {
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        broker.start();
    }

    @AfterEach
    void stopTheBrokerEndpoint() {
        broker.stop(0);
    }

    private PactPublisher publisher(Optional<String> authorization) {
        return new PactPublisher(URI.create("http://127.0.0.1:" + broker.getAddress().getPort() + "/"), authorization);
    }

    @Test
    void pactIsPutAsItsConsumersVersionForItsProvider() throws IOException {
        Files.writeString(pacts.resolve("orders-web-orders-api.json"), PACT);
        publisher(Optional.empty()).publishAll(pacts, "1.2.3+abc");
        assertThat(received).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("PUT");
            assertThat(request.path()).isEqualTo("/pacts/provider/orders-api/consumer/orders-web/version/1.2.3%2Babc");
            assertThat(request.body()).isEqualTo(PACT);
        });
    }

    @Test
    void tokenIsSentAsBearerCredentials() throws IOException {
        Files.writeString(pacts.resolve("orders-web-orders-api.json"), PACT);
        publisher(PactPublisher.authorization(Map.of("PACT_BROKER_TOKEN", "s3cret"))).publishAll(pacts, "1");
        assertThat(received).singleElement().extracting(Received::authorization).isEqualTo("Bearer s3cret");
    }

    @Test
    void usernameAndPasswordAreSentAsBasicCredentials() {
        assertThat(PactPublisher.authorization(Map.of("PACT_BROKER_USERNAME", "ci", "PACT_BROKER_PASSWORD", "pw")))
                .contains("Basic Y2k6cHc=");
    }

    @Test
    void aRefusedPublicationFailsTheBuild() throws IOException {
        status = 409;
        Files.writeString(pacts.resolve("orders-web-orders-api.json"), PACT);
        assertThatThrownBy(() -> publisher(Optional.empty()).publishAll(pacts, "1"))
                .hasMessageContaining("409");
    }

    @Test
    void nothingToPublishFailsTheBuild() {
        assertThatThrownBy(() -> publisher(Optional.empty()).publishAll(pacts, "1"))
                .hasMessageContaining("No pact files");
    }
}

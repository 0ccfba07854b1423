package com.example.orders.localruntime.gateway;

import static com.example.orders.localruntime.gateway.RunningGateway.ALLOWED_ORIGIN;
import static com.example.orders.localruntime.gateway.RunningGateway.API_KEY;
import static com.example.orders.localruntime.gateway.RunningGateway.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GatewayApiKeyTest {

    private final RecordingFunction function = new RecordingFunction();
    private final RunningGateway gateway = RunningGateway.start(function);

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void aRequestWithoutAnApiKeyIsRefusedWithA403Problem() {
        var response = gateway.send(gateway.request("/orders?status=PENDING"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).path("type").asText()).isEqualTo("https://orders.example.com/problems/forbidden");
    }

    @Test
    void aRequestWithAWrongApiKeyIsRefusedWithA403Problem() {
        var response = gateway.send(gateway.request("/orders?status=PENDING").header("x-api-key", API_KEY + "x"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).path("status").asInt()).isEqualTo(403);
    }

    /**
     * A client's connection pool sends its next request on the same connection, and a client may
     * send a body after its headers: the refusal must wait for the body, and the connection stay open.
     */
    @Test
    void aRefusedPostLeavesItsConnectionOpenForTheNextRequest() throws Exception {
        String body = "{\"customer\":{\"customerId\":\"cust-1\"}}";
        String head = "POST /orders HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length() + "\r\n\r\n";
        String next = "GET /orders?status=PENDING HTTP/1.1\r\nHost: 127.0.0.1\r\nx-api-key: " + API_KEY
                + "\r\nConnection: close\r\n\r\n";
        try (var socket = new Socket(gateway.uri().getHost(), gateway.uri().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            Thread.sleep(300);
            socket.getOutputStream().write((body + next).getBytes(StandardCharsets.US_ASCII));

            String answers = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);

            assertThat(answers).startsWith("HTTP/1.1 403 ").contains("HTTP/1.1 200 ");
        } catch (SocketException closedUnderTheClient) {
            throw new AssertionError("The gateway closed the connection after the refusal", closedUnderTheClient);
        }
    }

    @Test
    void aRefusedRequestNeverReachesTheFunction() {
        gateway.send(gateway.request("/orders?status=PENDING"));

        assertThat(function.events()).isEmpty();
    }

    @Test
    void the403CarriesTheCorsHeadersOfAnAllowedOrigin() {
        var response = gateway.send(gateway.request("/orders?status=PENDING").header("Origin", ALLOWED_ORIGIN));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED_ORIGIN);
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers")).isPresent();
    }

    @Test
    void aRequestWithTheApiKeyReachesTheFunctionWhichSeesTheKey() {
        var response = gateway.send(gateway.withKey("/orders?status=PENDING"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(function.lastEvent().getRequestContext().getIdentity().getApiKey()).isEqualTo(API_KEY);
    }
}

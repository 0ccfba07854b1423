package com.example.orders.localaws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The emails a moto-compatible SES holds, read from its model data ({@code GET /moto-api/data.json},
 * models {@code ses.Message} and {@code ses.RawMessage}): for backends whose SES is not behind
 * {@link RecordingSes}. What the emulator held when it died is lost with it.
 */
final class MotoSentEmails {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MotoSentEmails() {
    }

    static List<SentEmail> read(URI sesEndpoint) {
        URI modelData = sesEndpoint.resolve("/moto-api/data.json");
        JsonNode ses;
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(modelData).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("moto answered " + response.statusCode() + " for " + modelData);
            }
            ses = JSON.readTree(response.body()).path("ses");
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot read sent emails from " + modelData, failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading sent emails", interrupted);
        }
        var emails = new ArrayList<SentEmail>();
        ses.path("Message").forEach(message -> {
            var recipients = new ArrayList<String>();
            message.path("destinations").properties()
                    .forEach(kind -> kind.getValue().forEach(address -> recipients.add(address.asText())));
            emails.add(new SentEmail(message.path("id").asText(), message.path("source").asText(), recipients,
                    message.path("subject").asText(), message.path("body").asText()));
        });
        ses.path("RawMessage").forEach(message -> {
            var recipients = new ArrayList<String>();
            message.path("destinations").forEach(address -> recipients.add(address.asText()));
            emails.add(new SentEmail(message.path("id").asText(), message.path("source").asText(), recipients,
                    SentEmail.RAW_SUBJECT, message.path("raw_data").asText()));
        });
        return emails;
    }
}

package com.example.orders.order.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What moto actually sent. moto keeps every email SES accepted ({@code ses.Message}) and every
 * SMS SNS published to a phone number ({@code sns.SMS}) as tracked models, which its
 * {@code /moto-api/data.json} lists; no AWS API reads sent messages back. moto is shared by
 * the whole test run, so messages are picked out by the order id in their text.
 */
final class MotoOutbox {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI dataUri;
    private final HttpClient http = HttpClient.newHttpClient();

    MotoOutbox(URI motoEndpoint) {
        this.dataUri = motoEndpoint.resolve("/moto-api/data.json");
    }

    List<SentEmail> emailsAbout(String orderId) {
        return models("ses", "Message", email -> email.path("body").asText().contains(orderId), email -> new SentEmail(
                email.path("source").asText(),
                JSON.convertValue(email.path("destinations").path("ToAddresses"),
                        JSON.getTypeFactory().constructCollectionType(List.class, String.class)),
                email.path("subject").asText(),
                email.path("body").asText()));
    }

    List<SentSms> textsAbout(String orderId) {
        return models("sns", "SMS", sms -> sms.path("message").asText().contains(orderId),
                sms -> new SentSms(sms.path("phone_number").asText(), sms.path("message").asText()));
    }

    private <T> List<T> models(String service, String model, Predicate<JsonNode> wanted, Function<JsonNode, T> mapping) {
        var found = new ArrayList<T>();
        for (JsonNode instance : data().path(service).path(model)) {
            if (wanted.test(instance)) {
                found.add(mapping.apply(instance));
            }
        }
        return found;
    }

    private JsonNode data() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(dataUri).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(dataUri + " answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading " + dataUri, interrupted);
        }
    }
}

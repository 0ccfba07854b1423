package com.example.orders.localaws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SES as the platform reaches it locally: moto's endpoint behind a relay on 127.0.0.1 that passes
 * every request through and, when moto accepts an email (SES v2 SendEmail, simple or raw; SES v1
 * SendEmail and SendRawEmail), keeps a copy in this JVM before the sender hears the answer.
 * moto keeps sent mail only in its own memory: read from there, the emails of the last moments
 * would die with moto, and a sender that was told "sent" never sends them again.
 */
final class RecordingSes implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";
    private static final String SES_V2_SEND = "/v2/email/outbound-emails";
    /** Headers the JDK's client sets itself, and hop-by-hop headers that describe one connection only. */
    private static final Set<String> NOT_RELAYED = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "transfer-encoding", "keep-alive");
    private static final Pattern V1_MESSAGE_ID = Pattern.compile("<MessageId>([^<]+)</MessageId>");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI moto;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final List<SentEmail> sent = new CopyOnWriteArrayList<>();

    private RecordingSes(URI moto) {
        this.moto = moto;
        try {
            this.server = HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + LOOPBACK, e);
        }
        server.createContext("/", this::relay);
        server.setExecutor(executor);
        server.start();
    }

    /** A relay in front of the SES at {@code moto}. */
    static RecordingSes start(URI moto) {
        return new RecordingSes(moto);
    }

    URI endpoint() {
        return URI.create("http://%s:%d".formatted(LOOPBACK, server.getAddress().getPort()));
    }

    /** Every email accepted so far, in the order SES accepted them. */
    List<SentEmail> sent() {
        return List.copyOf(sent);
    }

    private void relay(HttpExchange exchange) throws IOException {
        try (exchange; InputStream requestBody = exchange.getRequestBody()) {
            byte[] body = requestBody.readAllBytes();
            HttpResponse<byte[]> answer;
            try {
                answer = http.send(forwarded(exchange, body), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException unreachable) {
                // As an unreachable SES looks to a client: a 5xx it retries, then reports.
                exchange.sendResponseHeaders(502, -1);
                return;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            if (answer.statusCode() / 100 == 2 && "POST".equals(exchange.getRequestMethod())) {
                accepted(exchange.getRequestURI().getPath(), body, answer.body()).ifPresent(sent::add);
            }
            answer.headers().map().forEach((name, values) -> {
                if (!NOT_RELAYED.contains(name.toLowerCase())) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        }
    }

    private HttpRequest forwarded(HttpExchange exchange, byte[] body) {
        URI requested = exchange.getRequestURI();
        var request = HttpRequest.newBuilder(moto.resolve(requested.getRawPath()
                        + (requested.getRawQuery() == null ? "" : "?" + requested.getRawQuery())))
                .timeout(Duration.ofSeconds(30))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_RELAYED.contains(name.toLowerCase())) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return request.build();
    }

    /** The email in an accepted send request, if it is one. */
    static Optional<SentEmail> accepted(String path, byte[] request, byte[] response) {
        if (SES_V2_SEND.equals(path)) {
            return Optional.of(fromV2(readJson(request), readJson(response).path("MessageId").asText()));
        }
        Map<String, String> form = form(new String(request, StandardCharsets.UTF_8));
        String action = form.getOrDefault("Action", "");
        if (!action.equals("SendEmail") && !action.equals("SendRawEmail")) {
            return Optional.empty();
        }
        Matcher messageId = V1_MESSAGE_ID.matcher(new String(response, StandardCharsets.UTF_8));
        String id = messageId.find() ? messageId.group(1) : "";
        if (action.equals("SendRawEmail")) {
            return Optional.of(new SentEmail(id, form.getOrDefault("Source", ""), members(form, "Destinations"),
                    SentEmail.RAW_SUBJECT, decoded(form.getOrDefault("RawMessage.Data", ""))));
        }
        var recipients = new ArrayList<String>();
        for (String kind : List.of("ToAddresses", "CcAddresses", "BccAddresses")) {
            recipients.addAll(members(form, "Destination." + kind));
        }
        String text = form.getOrDefault("Message.Body.Text.Data", form.getOrDefault("Message.Body.Html.Data", ""));
        return Optional.of(new SentEmail(id, form.getOrDefault("Source", ""), recipients,
                form.getOrDefault("Message.Subject.Data", ""), text));
    }

    private static SentEmail fromV2(JsonNode request, String messageId) {
        var recipients = new ArrayList<String>();
        for (String kind : List.of("ToAddresses", "CcAddresses", "BccAddresses")) {
            request.path("Destination").path(kind).forEach(address -> recipients.add(address.asText()));
        }
        JsonNode content = request.path("Content");
        String source = request.path("FromEmailAddress").asText();
        if (content.has("Raw")) {
            return new SentEmail(messageId, source, recipients, SentEmail.RAW_SUBJECT, decoded(content.path("Raw").path("Data").asText()));
        }
        JsonNode simple = content.path("Simple");
        JsonNode body = simple.path("Body");
        String text = body.has("Text") ? body.path("Text").path("Data").asText() : body.path("Html").path("Data").asText();
        return new SentEmail(messageId, source, recipients, simple.path("Subject").path("Data").asText(), text);
    }

    private static List<String> members(Map<String, String> form, String list) {
        var members = new ArrayList<String>();
        for (int index = 1; form.containsKey(list + ".member." + index); index++) {
            members.add(form.get(list + ".member." + index));
        }
        return members;
    }

    private static Map<String, String> form(String body) {
        var form = new LinkedHashMap<String, String>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static String decoded(String base64) {
        try {
            return new String(Base64.getMimeDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return base64;
        }
    }

    private static JsonNode readJson(byte[] json) {
        try {
            return json.length == 0 ? JSON.createObjectNode() : JSON.readTree(json);
        } catch (IOException unreadable) {
            return JSON.createObjectNode();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
        http.close();
    }
}

package com.example.orders.localruntime.gateway;

import static com.example.orders.localruntime.gateway.RunningGateway.API_KEY;
import static com.example.orders.localruntime.gateway.RunningGateway.CONTRACT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hundreds of malformed HTTP requests written byte by byte to the gateway's socket: bad request
 * lines, URIs and percent-escapes, versions, header abuse, conflicting or broken framing,
 * unsupported transfer codings, and requests that never finish. Whatever the request, the
 * gateway answers within the deadline (or, for a request that never finishes, closes the
 * connection once its timeout passes), never with a 500 or an HTML page, and every refusal is a
 * problem document with the status HTTP prescribes: 4xx, or 501 and 505 where RFC 9110 and 9112
 * say so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedHttpTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** How long a complete request may take to be answered, and an incomplete one to be closed. */
    private static final Duration DEADLINE = Duration.ofSeconds(6);
    private static final String KEY = "x-api-key: " + API_KEY + "\r\n";
    private static final String ORDER = RunningGateway.VALID_ORDER;
    private static final String ORDER_ID = "0b6f3a8e-4a3c-4f7e-9a55-2f9d8c1e7b10";

    /** One request as bytes, whether it is whole, and the statuses HTTP prescribes for it (empty: any but 5xx). */
    record Case(String name, byte[] bytes, boolean complete, Set<Integer> statuses) {
        @Override
        public String toString() {
            return name;
        }
    }

    private RunningGateway gateway;
    /** Each case is sent once; its two tests judge the same outcome. */
    private final Map<String, RawHttp.Outcome> outcomes = new ConcurrentHashMap<>();

    @BeforeAll
    void start() {
        var settings = new GatewaySettings(0, Set.of(API_KEY), PayloadLimit.API_GATEWAY, TIMEOUT, TIMEOUT);
        gateway = RunningGateway.start(settings, RunningGateway.api(), new RecordingFunction());
    }

    @AfterAll
    void stop() {
        gateway.close();
    }

    static Stream<Case> cases() {
        var cases = new ArrayList<Case>();
        requestLines(cases);
        headers(cases);
        framing(cases);
        incomplete(cases);
        return cases.stream();
    }

    private static void requestLines(List<Case> cases) {
        List<String> targets = List.of("/orders", "/orders?status=PENDING", "/orders/" + ORDER_ID, "/orders/%ZZ", "/orders/%",
                "/orders/%2", "/orders/%E0%A4%A", "//orders", "/orders//", "/orders/", "/./orders", "/../orders",
                "/orders/..%2F..%2Fetc", "/orders/%2e%2e/x", "/orders?status=%ZZ", "/orders?%", "/orders?status=PENDING&&&",
                "/orders?=x", "*", "orders", "http://127.0.0.1/orders", "/orders/%00", "/orders/\u00e9", "/orders;x=1",
                "/orders/" + "a".repeat(3000), "/orders?status=" + "P".repeat(5000), "/customers", "/");
        List<String> methods = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "FOO", "get");
        for (String method : methods) {
            for (String target : targets) {
                String body = method.equals("POST") ? ORDER : "";
                String request = method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n" + KEY
                        + (body.isEmpty() ? "" : "Content-Type: application/json\r\nContent-Length: " + utf8(body).length + "\r\n")
                        + "Connection: close\r\n\r\n" + body;
                cases.add(new Case(method + " " + abbreviate(target), request.getBytes(StandardCharsets.UTF_8), true, Set.of()));
            }
        }
        for (String version : List.of("HTTP/9.9", "HTTP/1.2", "HTTP/3")) {
            cases.add(whole("version " + version, "GET /orders " + version + "\r\nHost: localhost\r\n\r\n", 505, 400));
        }
        // HTTP/2 spoken as HTTP/1: Jetty asks for an upgrade (RFC 9110 15.5.22), which is as right as 505.
        cases.add(whole("version HTTP/2.0", "GET /orders HTTP/2.0\r\nHost: localhost\r\n\r\n", 426, 505, 400));
        for (String version : List.of("HTTP/1", "HTTP/ 1.1", "HTP/1.1", "HTTP/1.1 extra", "HTTP/1.10")) {
            cases.add(whole("version " + version, "GET /orders " + version + "\r\nHost: localhost\r\n\r\n", 400, 505));
        }
        // RFC 9112 lets a recipient be lenient about case and whitespace in the request line.
        cases.add(whole("version http/1.1", "GET /orders http/1.1\r\nHost: localhost\r\n\r\n"));
        cases.add(whole("HTTP/1.0 without Host", "GET /orders?status=PENDING HTTP/1.0\r\n" + KEY + "\r\n"));
        cases.add(whole("no version (HTTP/0.9)", "GET /orders\r\n\r\n", 400, 505));
        // RFC 9112 2.2: empty lines before a request line are ignored, so this request has not begun.
        cases.add(partial("only empty lines", "\r\n\r\n"));
        cases.add(whole("only spaces", "   \r\n\r\n", 400));
        cases.add(whole("method with a space", "GE T /orders HTTP/1.1\r\nHost: localhost\r\n\r\n", 400, 505));
        cases.add(whole("method with an illegal character", "G@T /orders HTTP/1.1\r\nHost: localhost\r\n\r\n", 400, 505));
        cases.add(whole("NUL in the method", "G\0ET /orders HTTP/1.1\r\nHost: localhost\r\n\r\n", 400, 505));
        cases.add(whole("two spaces after the method", "GET  /orders HTTP/1.1\r\nHost: localhost\r\n\r\n"));
        cases.add(whole("space in the target", "GET /ord ers HTTP/1.1\r\nHost: localhost\r\n\r\n", 400, 505));
        cases.add(whole("tab in the target", "GET /orders\t HTTP/1.1\r\nHost: localhost\r\n\r\n", 400, 505));
        cases.add(whole("DEL in the target", "GET /orders\u007f HTTP/1.1\r\nHost: localhost\r\n\r\n", 400));
        cases.add(whole("quote in the target", "GET /orders/\"x HTTP/1.1\r\nHost: localhost\r\n\r\n"));
        cases.add(whole("backslash in the target", "GET /orders\\x HTTP/1.1\r\nHost: localhost\r\n\r\n"));
        cases.add(whole("request line of 1 MB", "GET /" + "a".repeat(1_048_576) + " HTTP/1.1\r\nHost: localhost\r\n\r\n", 414, 431));
        cases.add(whole("request line of 20 KB", "GET /orders?x=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n",
                414, 431));
        cases.add(whole("bare LF line endings", "GET /orders?status=PENDING HTTP/1.1\nHost: localhost\n" + KEY.replace("\r\n", "\n")
                + "Connection: close\n\n"));
        cases.add(whole("bare CR line endings", "GET /orders HTTP/1.1\rHost: localhost\r\r", 400));
        cases.add(whole("leading empty lines", "\r\n\r\nGET /orders?status=PENDING HTTP/1.1\r\nHost: localhost\r\n" + KEY
                + "Connection: close\r\n\r\n"));
    }

    private static void headers(List<Case> cases) {
        String line = "GET /orders?status=PENDING HTTP/1.1\r\n";
        cases.add(whole("HTTP/1.1 without Host", line + KEY + "\r\n", 400));
        cases.add(whole("two Host headers", line + "Host: a\r\nHost: b\r\n" + KEY + "\r\n", 400));
        cases.add(whole("Host with a path", line + "Host: a/b\r\n" + KEY + "\r\n", 400));
        cases.add(whole("header without a colon", line + "Host: localhost\r\nNoColon\r\n\r\n", 400));
        cases.add(whole("space before the colon", line + "Host : localhost\r\n\r\n", 400));
        cases.add(whole("empty header name", line + "Host: localhost\r\n: value\r\n\r\n", 400));
        cases.add(whole("illegal character in a header name", line + "Host: localhost\r\nX(Y): 1\r\n\r\n", 400));
        cases.add(whole("NUL in a header value", line + "Host: localhost\r\nX-A: a\0b\r\n\r\n", 400));
        cases.add(whole("CR in a header value", line + "Host: localhost\r\nX-A: a\rb\r\n\r\n", 400));
        cases.add(whole("obsolete line folding", line + "Host: localhost\r\nX-A: a\r\n b\r\n\r\n", 400));
        cases.add(whole("header of 20 KB", line + "Host: localhost\r\nX-A: " + "a".repeat(20_000) + "\r\n\r\n", 431));
        var many = new StringBuilder(line + "Host: localhost\r\n");
        for (int i = 0; i < 2000; i++) {
            many.append("X-H").append(i).append(": v\r\n");
        }
        cases.add(whole("2,000 headers", many + "\r\n", 431));
        cases.add(whole("header name of 11 KB", line + "Host: localhost\r\n" + "X".repeat(11_000) + ": v\r\n\r\n", 431));
        cases.add(whole("non-ASCII header value", line + "Host: localhost\r\n" + KEY + "X-Name: caf\u00e9\r\nConnection: close\r\n\r\n"));
        cases.add(whole("TE: gzip asks for a response coding", line + "Host: localhost\r\n" + KEY + "TE: gzip\r\nConnection: close\r\n\r\n"));
        cases.add(whole("Expect: 100-continue", "POST /orders HTTP/1.1\r\nHost: localhost\r\n" + KEY
                + "Content-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: " + utf8(ORDER).length
                + "\r\nConnection: close\r\n\r\n" + ORDER));
        // RFC 9110 10.1.1: a server MAY answer an expectation it cannot meet with 417; Jetty closes the connection.
        cases.add(new Case("unknown Expect", (line + "Host: localhost\r\n" + KEY + "Expect: telepathy\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1), false, Set.of(417)));
        cases.add(whole("upgrade to h2c", line + "Host: localhost\r\n" + KEY
                + "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQAAP__\r\n\r\n"));
        cases.add(whole("HTTP/2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 426, 400, 505));
        cases.add(whole("TLS hello on a plain port", "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003", 400, 505));
    }

    private static void framing(List<Case> cases) {
        String head = "POST /orders HTTP/1.1\r\nHost: localhost\r\n" + KEY + "Content-Type: application/json\r\n";
        int length = utf8(ORDER).length;
        cases.add(whole("Content-Length and Transfer-Encoding", head + "Content-Length: " + length
                + "\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked(ORDER), 400));
        cases.add(whole("two different Content-Lengths", head + "Content-Length: " + length + "\r\nContent-Length: "
                + (length + 1) + "\r\n\r\n" + ORDER, 400));
        cases.add(whole("Content-Length list", head + "Content-Length: " + length + ", " + length + "\r\n\r\n" + ORDER, 400));
        cases.add(whole("negative Content-Length", head + "Content-Length: -1\r\n\r\n" + ORDER, 400));
        cases.add(whole("signed Content-Length", head + "Content-Length: +" + length + "\r\n\r\n" + ORDER, 400));
        cases.add(whole("Content-Length that is not a number", head + "Content-Length: ten\r\n\r\n" + ORDER, 400));
        cases.add(whole("Content-Length past any long", head + "Content-Length: 99999999999999999999999\r\n\r\n" + ORDER, 400, 413));
        cases.add(whole("Content-Length over API Gateway's 10 MB", head + "Content-Length: 20000000\r\n\r\n" + ORDER, 413));
        cases.add(whole("Transfer-Encoding gzip", head + "Transfer-Encoding: gzip\r\n\r\n" + ORDER, 400, 501));
        cases.add(whole("Transfer-Encoding chunked then gzip", head + "Transfer-Encoding: chunked, gzip\r\n\r\n" + ORDER, 400, 501));
        cases.add(whole("Transfer-Encoding gzip then chunked", head + "Transfer-Encoding: gzip, chunked\r\n\r\n" + chunked(ORDER), 400, 501));
        cases.add(whole("Transfer-Encoding unknown", head + "Transfer-Encoding: telepathy\r\n\r\n" + ORDER, 400, 501));
        cases.add(whole("Transfer-Encoding chunked twice", head + "Transfer-Encoding: chunked, chunked\r\n\r\n" + chunked(ORDER), 400, 501));
        cases.add(whole("Transfer-Encoding in HTTP/1.0", head.replace("HTTP/1.1", "HTTP/1.0") + "Transfer-Encoding: chunked\r\n\r\n"
                + chunked(ORDER), 400, 501));
        cases.add(whole("chunk size that is not hex", head + "Transfer-Encoding: chunked\r\n\r\nzz\r\n" + ORDER + "\r\n0\r\n\r\n", 400));
        cases.add(whole("chunk size past any long", head + "Transfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFFFF\r\nx\r\n0\r\n\r\n",
                400, 413));
        // The chunk swallows the bytes after it, so the parser waits for the rest until the request times out.
        cases.add(whole("chunk shorter than its size", head + "Transfer-Encoding: chunked\r\n\r\n5\r\nab\r\n0\r\n\r\n", 400, 408));
        cases.add(whole("chunk without its CRLF", head + "Transfer-Encoding: chunked\r\n\r\n2\r\nabXX0\r\n\r\n", 400));
        cases.add(whole("chunk extension", head + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + Integer.toHexString(utf8(ORDER).length) + ";name=value\r\n" + ORDER + "\r\n0\r\n\r\n"));
        cases.add(whole("chunked body with a trailer", head + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + chunked(ORDER).replace("0\r\n\r\n", "0\r\nX-Trailer: t\r\n\r\n")));
        cases.add(whole("bytes after a body of Content-Length", head + "Content-Length: " + length + "\r\n\r\n" + ORDER
                + "GARBAGE\r\n\r\n"));
        cases.add(whole("body on a GET", "GET /orders?status=PENDING HTTP/1.1\r\nHost: localhost\r\n" + KEY
                + "Content-Length: 5\r\nConnection: close\r\n\r\nhello"));
    }

    private static void incomplete(List<Case> cases) {
        cases.add(partial("request line never ended", "GET /orders HTTP/1.1"));
        cases.add(partial("headers never ended", "GET /orders HTTP/1.1\r\nHost: localhost\r\n"));
        cases.add(partial("body shorter than its Content-Length", "POST /orders HTTP/1.1\r\nHost: localhost\r\n" + KEY
                + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"customer\":"));
        cases.add(partial("chunked body without its last chunk", "POST /orders HTTP/1.1\r\nHost: localhost\r\n" + KEY
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nabcde\r\n"));
        cases.add(partial("only a method", "GET"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void noRequestHangsGetsAServerErrorOrAnHtmlPage(Case request) {
        RawHttp.Outcome outcome = outcomeOf(request);

        assertThat(outcome.timedOut()).as("%s: answered or closed within %s", request, DEADLINE).isFalse();
        if (request.complete()) {
            assertThat(outcome.response()).as("%s: a whole request gets a response", request).isPresent();
        }
        outcome.response().ifPresent(response -> {
            if (response.status() >= 500) {
                assertThat(response.status()).as("%s: %s", request, response.body()).isIn(501, 505);
            }
            assertThat(response.header("content-type").orElse("")).as(request.name()).doesNotContain("html");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyRefusalIsAProblemWithTheStatusHttpPrescribes(Case request) {
        outcomeOf(request).response()
                .filter(response -> response.status() >= 400)
                .ifPresent(response -> {
                    if (!request.statuses().isEmpty()) {
                        assertThat(response.status()).as("%s: %s", request, response.body()).isIn(request.statuses());
                    }
                    if (!request.name().startsWith("HEAD ")) {
                        assertThat(response.header("content-type")).as(request.name()).hasValue("application/problem+json");
                        assertThat(CONTRACT.problemViolations(response.body())).as("%s: %s", request, response.body()).isEmpty();
                    }
                });
    }

    @Test
    void theSuiteSendsSeveralHundredRequests() {
        assertThat(cases().count()).isGreaterThanOrEqualTo(300);
    }

    @Test
    void aTrickledRequestIsCutOffOnceItsTimeoutPasses() throws Exception {
        try (var socket = new Socket(gateway.uri().getHost(), gateway.uri().getPort())) {
            socket.setSoTimeout((int) DEADLINE.toMillis() * 2);
            var out = socket.getOutputStream();
            long started = System.nanoTime();
            boolean cutOff = false;
            for (byte b : "GET /orders?status=PENDING HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII)) {
                try {
                    out.write(b);
                    out.flush();
                } catch (IOException closed) {
                    cutOff = true;
                    break;
                }
                // Each byte resets an idle timeout, never the request timeout.
                Thread.sleep(TIMEOUT.toMillis() / 4);
                if (Duration.ofNanos(System.nanoTime() - started).compareTo(DEADLINE.multipliedBy(2)) > 0) {
                    break;
                }
            }
            if (!cutOff) {
                cutOff = socket.getInputStream().read() < 0;
            }
            assertThat(cutOff).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(DEADLINE.multipliedBy(2));
        }
    }

    private RawHttp.Outcome outcomeOf(Case request) {
        return outcomes.computeIfAbsent(request.name(), name -> RawHttp.exchange(gateway.uri(), request.bytes(), DEADLINE));
    }

    private static Case whole(String name, String request, Integer... statuses) {
        return new Case(name, request.getBytes(StandardCharsets.ISO_8859_1), true, Set.of(statuses));
    }

    private static Case partial(String name, String request) {
        return new Case(name, request.getBytes(StandardCharsets.ISO_8859_1), false, Set.of(408, 400));
    }

    private static String chunked(String body) {
        return Integer.toHexString(utf8(body).length) + "\r\n" + body + "\r\n0\r\n\r\n";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "... (" + text.length() + " characters)" : text;
    }
}

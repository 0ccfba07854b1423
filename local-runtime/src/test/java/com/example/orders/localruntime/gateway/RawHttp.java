package com.example.orders.localruntime.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Bytes written to the gateway's socket exactly as given, and what came back: a parsed response,
 * the connection closed without one, or nothing before the deadline (a hang).
 */
final class RawHttp {

    /** What the server did with one request. */
    record Outcome(Optional<Response> response, boolean closed, boolean timedOut) {

        static Outcome answered(Response response) {
            return new Outcome(Optional.of(response), true, false);
        }

        static Outcome closedSilently() {
            return new Outcome(Optional.empty(), true, false);
        }

        static Outcome hung() {
            return new Outcome(Optional.empty(), false, true);
        }
    }

    record Response(int status, String reason, Map<String, String> headers, String body) {

        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    private RawHttp() {
    }

    /** Writes {@code request} and reads until the response is complete, the server closes, or {@code deadline} passes. */
    static Outcome exchange(URI gateway, byte[] request, Duration deadline) {
        try (var socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout((int) deadline.toMillis());
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
            } catch (IOException resetWhileWriting) {
                // The server may refuse and close before it has read everything sent; read what it said.
            }
            return read(socket.getInputStream());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static Outcome read(InputStream in) throws IOException {
        var received = new ByteArrayOutputStream();
        try {
            int headEnd = -1;
            while (headEnd < 0) {
                int next = in.read();
                if (next < 0) {
                    return received.size() == 0 ? Outcome.closedSilently() : Outcome.answered(parse(received.toByteArray(), true));
                }
                received.write(next);
                headEnd = received.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
            }
            Response head = parse(received.toByteArray(), false);
            int length = head.header("content-length").map(Integer::parseInt).orElse(-1);
            byte[] body = length >= 0 ? in.readNBytes(length) : in.readAllBytes();
            return Outcome.answered(new Response(head.status(), head.reason(), head.headers(), new String(body, StandardCharsets.UTF_8)));
        } catch (SocketTimeoutException hang) {
            return Outcome.hung();
        } catch (IOException reset) {
            return received.size() == 0 ? Outcome.closedSilently() : Outcome.answered(parse(received.toByteArray(), true));
        }
    }

    private static Response parse(byte[] bytes, boolean withBody) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        String head = headEnd < 0 ? text : text.substring(0, headEnd);
        String[] lines = head.split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        var headers = new LinkedHashMap<String, String>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
        }
        String body = withBody && headEnd >= 0 ? text.substring(headEnd + 4) : "";
        return new Response(Integer.parseInt(statusLine[1]), statusLine.length > 2 ? statusLine[2] : "", headers, body);
    }
}

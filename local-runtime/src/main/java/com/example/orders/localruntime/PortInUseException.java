package com.example.orders.localruntime;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** The port the API should be served on is taken: found before anything else starts, in a moment. */
public final class PortInUseException extends RuntimeException {

    private PortInUseException(int port) {
        super("Port %d on 127.0.0.1 is in use, so the API cannot be served there: stop what uses it, or start with --port N (--port 0 picks a free one)."
                .formatted(port));
    }

    /** Throws when {@code port} (0 for any) cannot be bound on the loopback address now. */
    static void check(int port) {
        if (port == 0) {
            return;
        }
        try (var socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException taken) {
            throw new PortInUseException(port);
        }
    }
}

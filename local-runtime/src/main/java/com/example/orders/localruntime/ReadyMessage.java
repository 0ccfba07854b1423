package com.example.orders.localruntime;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the platform prints once it serves requests: where, with which key, and a curl command
 * for each route that works as pasted (the order is the contract's own example). Each command
 * is one line starting with {@code curl}, so it can be copied, or found by a program, whole.
 */
public record ReadyMessage(URI uri, String apiKey, String corsOrigins, Optional<Path> dataDirectory,
        Duration startupTime, String exampleOrder, Path outbox, RedriveCommand redrive, Duration retryDelay) {

    /** Stands for the id of an order in the commands; the contract's own name for it. */
    public static final String ORDER_ID_PLACEHOLDER = "{orderId}";

    public List<String> curlCommands() {
        String key = " -H " + shellQuoted("x-api-key: " + apiKey);
        return List.of(
                "curl -i -X POST " + shellQuoted(uri + "/orders") + key
                        + " -H " + shellQuoted("Content-Type: application/json") + " -d " + shellQuoted(exampleOrder),
                "curl -i " + shellQuoted(uri + "/orders/" + ORDER_ID_PLACEHOLDER) + key,
                "curl -i " + shellQuoted(uri + "/orders?status=PENDING") + key);
    }

    public String text() {
        List<String> curl = curlCommands();
        return """
                Orders platform ready in %s s
                  API        %s
                  API key    %s   (send it as x-api-key)
                  CORS       %s
                  DynamoDB   %s
                  Outbox     %s   (each email the notifier sends, as a text file)

                New orders flow: Orders stream -> order-processing-queue -> order-process-fn
                  -> order-notifications -> order-notify-fn. A failed message is retried after %d s
                  (AWS: the 180 s visibility timeout) and moves to the dead-letter queue after 3 receives.
                Redrive the dead-letter queue:
                %s

                Create an order:
                %s

                Get it back (replace %s with the orderId the first command returned):
                %s

                List pending orders:
                %s

                Press Ctrl-C to stop.
                """.formatted(
                String.format(Locale.ROOT, "%.1f", startupTime.toMillis() / 1000.0),
                uri, apiKey, corsOrigins,
                dataDirectory.map(directory -> "data kept in " + directory.toAbsolutePath())
                        .orElse("in memory (--data-dir DIR keeps orders across restarts)"),
                outbox.toAbsolutePath(), retryDelay.toSeconds(), redrive.text(),
                curl.get(0), ORDER_ID_PLACEHOLDER, curl.get(1), curl.get(2));
    }

    /** Single-quoted for POSIX shells: nothing inside is expanded, and a quote is closed, escaped and reopened. */
    private static String shellQuoted(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}

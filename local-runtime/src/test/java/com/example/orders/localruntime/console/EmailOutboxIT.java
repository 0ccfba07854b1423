package com.example.orders.localruntime.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.localaws.EmbeddedLocalAws;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Emails sent through moto's SES, made readable. */
class EmailOutboxIT {

    private static EmbeddedLocalAws aws;

    @BeforeAll
    static void start() {
        aws = EmbeddedLocalAws.start();
        aws.ses().verifyEmailIdentity(request -> request.emailAddress("orders@example.com"));
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    private static void sendEmail(String subject) {
        aws.ses().sendEmail(request -> request.source("orders@example.com")
                .destination(destination -> destination.toAddresses("ada@example.org"))
                .message(message -> message.subject(content -> content.data(subject))
                        .body(body -> body.text(text -> text.data("Your order is on its way.")))));
    }

    @Test
    void aSentEmailBecomesAReadableTextFile(@TempDir Path directory) throws IOException {
        var outbox = EmailOutbox.of(aws, directory, line -> { });
        sendEmail("Order completed");

        List<Path> written = outbox.collect();

        assertThat(written).hasSize(1);
        assertThat(Files.readString(written.getFirst()))
                .contains("Subject: Order completed", "To: ada@example.org", "Your order is on its way.");
    }

    @Test
    void theLinePrintedForAnEmailLeavesOutTheRecipient(@TempDir Path directory) {
        var lines = new CopyOnWriteArrayList<String>();
        var outbox = EmailOutbox.of(aws, directory, lines::add);
        sendEmail("Order failed");

        outbox.collect();

        assertThat(lines).filteredOn(line -> line.contains("Order failed")).singleElement()
                .satisfies(line -> assertThat(line).doesNotContain("ada@example.org"));
    }
}

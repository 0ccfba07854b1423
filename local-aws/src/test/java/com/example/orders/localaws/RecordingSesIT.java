package com.example.orders.localaws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.SesV2Exception;

/** Emails SES accepted, kept as it accepts them: the local outbox reads them from here. */
class RecordingSesIT {

    private static final String SENDER = "orders@example.com";

    private static EmbeddedLocalAws startWithVerifiedSender() {
        var aws = EmbeddedLocalAws.start();
        aws.ses().verifyEmailIdentity(request -> request.emailAddress(SENDER));
        return aws;
    }

    private static void sendV2(LocalAws aws, String subject) {
        aws.sesV2().sendEmail(request -> request.fromEmailAddress(SENDER)
                .destination(destination -> destination.toAddresses("ada@example.org"))
                .content(content -> content.simple(message -> message
                        .subject(Content.builder().data(subject).build())
                        .body(body -> body.text(Content.builder().data("Your order is on its way.").build())))));
    }

    @Test
    void anEmailSentThroughSesV2IsKeptWithItsSubjectRecipientsAndText() {
        try (var aws = startWithVerifiedSender()) {
            String messageId = aws.sesV2().sendEmail(request -> request.fromEmailAddress(SENDER)
                    .destination(destination -> destination.toAddresses("ada@example.org").ccAddresses("bob@example.org"))
                    .content(content -> content.simple(message -> message
                            .subject(Content.builder().data("Order completed").build())
                            .body(body -> body.text(Content.builder().data("Your order is on its way.").build())))))
                    .messageId();

            assertThat(aws.sentEmails()).containsExactly(new SentEmail(messageId, SENDER,
                    List.of("ada@example.org", "bob@example.org"), "Order completed", "Your order is on its way."));
        }
    }

    @Test
    void anEmailSentThroughSesV1IsKeptToo() {
        try (var aws = startWithVerifiedSender()) {
            aws.ses().sendEmail(request -> request.source(SENDER)
                    .destination(destination -> destination.toAddresses("ada@example.org"))
                    .message(message -> message.subject(content -> content.data("Order failed"))
                            .body(body -> body.text(text -> text.data("Sorry.")))));

            assertThat(aws.sentEmails()).singleElement()
                    .satisfies(email -> assertThat(email.subject()).isEqualTo("Order failed"))
                    .satisfies(email -> assertThat(email.body()).isEqualTo("Sorry."));
        }
    }

    @Test
    void aRawMimeMessageIsKeptWhole() {
        String mime = "From: orders@example.com\r\nTo: ada@example.org\r\nSubject: Raw\r\n\r\nHello";
        try (var aws = startWithVerifiedSender()) {
            aws.sesV2().sendEmail(request -> request.fromEmailAddress(SENDER)
                    .destination(destination -> destination.toAddresses("ada@example.org"))
                    .content(content -> content.raw(raw -> raw.data(SdkBytes.fromString(mime, StandardCharsets.UTF_8)))));

            assertThat(aws.sentEmails()).singleElement().extracting(SentEmail::body).isEqualTo(mime);
        }
    }

    @Test
    void anEmailSesAcceptedOutlivesMoto() throws Exception {
        try (var aws = startWithVerifiedSender()) {
            sendV2(aws, "Order completed");

            ProcessHandle moto = aws.motoProcess();
            moto.destroyForcibly();
            moto.onExit().get(10, TimeUnit.SECONDS);

            assertThat(aws.sentEmails()).extracting(SentEmail::subject).containsExactly("Order completed");
        }
    }

    @Test
    void aRefusedEmailIsNotKept() {
        try (var aws = EmbeddedLocalAws.start()) {
            assertThatThrownBy(() -> sendV2(aws, "From an unverified sender")).isInstanceOf(SesV2Exception.class);

            assertThat(aws.sentEmails()).isEmpty();
        }
    }
}

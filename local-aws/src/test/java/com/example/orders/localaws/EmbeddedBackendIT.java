package com.example.orders.localaws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;

/** What only the embedded backend promises. Skipped when {@code LOCAL_AWS_BACKEND} picks another. */
@LocalAwsTest
class EmbeddedBackendIT {

    private final LocalAws aws;

    EmbeddedBackendIT(LocalAws aws) {
        assumeThat(aws).isInstanceOf(EmbeddedLocalAws.class);
        this.aws = aws;
    }

    @Test
    void everyEndpointIsOnTheLoopbackAddress() {
        assertThat(AwsService.values())
                .extracting(service -> aws.endpoint(service).getHost())
                .containsOnly("127.0.0.1");
    }

    @Test
    void emulatorsRefuseConnectionsOnOtherInterfaces() throws SocketException {
        List<InetAddress> otherAddresses = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .toList();
        assumeThat(otherAddresses).as("a non-loopback interface to try").isNotEmpty();

        for (AwsService service : AwsService.values()) {
            URI endpoint = aws.endpoint(service);
            for (InetAddress address : otherAddresses) {
                assertThatExceptionOfType(IOException.class)
                        .as("%s on %s", service, address)
                        .isThrownBy(() -> connect(address, endpoint.getPort()));
            }
        }
    }

    @Test
    void emailFromAnUnverifiedSenderIsRejected() {
        assertThatExceptionOfType(MessageRejectedException.class).isThrownBy(() -> aws.sesV2()
                .sendEmail(request -> request.fromEmailAddress("unverified@example.com")
                        .destination(destination -> destination.toAddresses("customer@example.com"))
                        .content(content -> content.simple(message -> message
                                .subject(subject -> subject.data("Order confirmed"))
                                .body(body -> body.text(text -> text.data("Your order is confirmed.")))))));
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
        }
    }
}

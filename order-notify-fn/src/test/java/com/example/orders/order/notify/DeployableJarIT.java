package com.example.orders.order.notify;

import static com.example.orders.core.fixtures.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.orders.core.adapter.dynamodb.DynamoDbOrderRepository;
import com.example.orders.core.events.OrderStatusChanged;
import com.example.orders.core.order.Customer;
import com.example.orders.core.order.Order;
import com.example.orders.localaws.AwsService;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The deployable jar, as Lambda runs it: loaded alone (no class of the test's class path
 * visible), with X-Ray tracing on, delivering a status change end to end, and primed for SnapStart. The jar leaves out
 * Jackson databind and Joda-Time (decision 18); a code path that still needs them fails here.
 */
@LocalAwsTest
class DeployableJarIT {

    private static final String HANDLER = "com.example.orders.order.notify.NotifyCustomerHandler";
    /** Where Lambda's Java runtime puts the invocation's trace header (XRaySubsegments reads it). */
    private static final String TRACE_HEADER = "com.amazonaws.xray.traceHeader";
    private static final String SENDER = "orders@example.com";

    private final DatagramSocket daemon = new DatagramSocket(0, InetAddress.getLoopbackAddress());
    private Map<String, String> environment;
    private DynamoDbOrderRepository orders;
    private MotoOutbox outbox;
    private URLClassLoader jar;

    DeployableJarIT() throws IOException {
    }

    @BeforeEach
    void setUp(LocalAws aws, PlatformResources resources) throws IOException {
        aws.ses().verifyEmailIdentity(request -> request.emailAddress(SENDER));
        environment = new HashMap<>(aws.environment());
        environment.putAll(resources.environment());
        environment.put("AWS_XRAY_DAEMON_ADDRESS", "127.0.0.1:" + daemon.getLocalPort());
        orders = new DynamoDbOrderRepository(aws.dynamoDb(), resources.ordersTable(), Clock.systemUTC());
        outbox = new MotoOutbox(aws.endpoint(AwsService.SES));
        jar = new URLClassLoader(new URL[] {deployableJar().toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        daemon.setSoTimeout(10_000);
        System.setProperty(TRACE_HEADER, "Root=1-67891233-abcdef012345678912345678;Parent=53995c3f42cd8ad8;Sampled=1");
    }

    @AfterEach
    void tearDown() throws IOException {
        System.clearProperty(TRACE_HEADER);
        jar.close();
        daemon.close();
    }

    private static Path deployableJar() throws IOException {
        try (Stream<Path> built = Files.list(Path.of("target"))) {
            return built.filter(path -> path.getFileName().toString().endsWith("-lambda.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No deployable jar in target/: run the package phase first"));
        }
    }

    /**
     * Constructs the handler from the jar alone and invokes it with the event's JSON, with the
     * jar's class loader as the thread's context loader, as Lambda's runtime runs a function.
     */
    private void deliverThroughTheJar(byte[] event) throws ReflectiveOperationException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(jar);
        try {
            Class<?> handler = jar.loadClass(HANDLER);
            Object function = handler.getConstructor(Map.class).newInstance(environment);
            handler.getMethod("handleRequest", InputStream.class, OutputStream.class,
                            jar.loadClass("com.amazonaws.services.lambda.runtime.Context"))
                    .invoke(function, new ByteArrayInputStream(event), OutputStream.nullOutputStream(), null);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Constructs the handler from the jar alone and primes it, as publishing a SnapStart version does. */
    private void primeThroughTheJar() throws ReflectiveOperationException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(jar);
        try {
            Class<?> handler = jar.loadClass(HANDLER);
            handler.getMethod("prime").invoke(handler.getConstructor(Map.class).newInstance(environment));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private Order stored() {
        Order order = anOrder().withCustomer(new Customer("cust-1", "ada@example.com", "+447700900123")).build();
        orders.create(order);
        return order;
    }

    @Test
    void jarAloneNotifiesTheCustomerWithTracingOn() throws ReflectiveOperationException {
        Order order = stored();
        deliverThroughTheJar(SnsEventBuilder.delivering(OrderStatusChanged.of(order, null)).build());
        assertThat(outbox.emailsAbout(order.orderId())).hasSize(1);
    }

    @Test
    void jarAloneFailsARejectedEmailSoSnsRetries() {
        Order order = stored();
        environment.put(NotificationSettings.EMAIL_SENDER, "orders@" + UUID.randomUUID() + ".example.net");
        assertThatThrownBy(() -> deliverThroughTheJar(SnsEventBuilder.delivering(OrderStatusChanged.of(order, null)).build()))
                .isInstanceOf(InvocationTargetException.class)
                .cause().hasMessageContaining("MessageRejected");
    }

    @Test
    void jarAlonePrimesForSnapStart() {
        assertThatCode(this::primeThroughTheJar).doesNotThrowAnyException();
    }

    @Test
    void jarAloneSendsItsCallsToTheXRayDaemon() throws ReflectiveOperationException, IOException {
        Order order = stored();
        deliverThroughTheJar(SnsEventBuilder.delivering(OrderStatusChanged.of(order, null)).build());
        var packet = new DatagramPacket(new byte[65_536], 65_536);
        daemon.receive(packet);
        assertThat(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8))
                .contains("\"type\":\"subsegment\"", "\"trace_id\":\"1-67891233-abcdef012345678912345678\"");
    }
}

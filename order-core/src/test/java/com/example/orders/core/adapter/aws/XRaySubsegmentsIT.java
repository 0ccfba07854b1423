package com.example.orders.core.adapter.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.example.orders.localaws.PlatformResources;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SDK calls become subsegments of the invocation's trace, sent to a real UDP socket. */
@LocalAwsTest
class XRaySubsegmentsIT {

    private static final String ROOT = "1-5759e988-bd862e3fe1be46a994272793";
    private static final String PARENT = "53995c3f42cd8ad8";

    private DatagramSocket daemon;
    private AwsClientFactory factory;
    private String table;

    @BeforeEach
    void setUp(LocalAws aws, PlatformResources resources) throws Exception {
        daemon = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        daemon.setSoTimeout(10_000);
        var environment = new HashMap<>(aws.environment());
        environment.put("AWS_XRAY_DAEMON_ADDRESS", "127.0.0.1:" + daemon.getLocalPort());
        factory = new AwsClientFactory(environment);
        table = resources.ordersTable();
    }

    @AfterEach
    void tearDown() {
        System.clearProperty(XRaySubsegments.TRACE_HEADER_PROPERTY);
        daemon.close();
    }

    private String nextDocument() throws Exception {
        var packet = new DatagramPacket(new byte[65_536], 65_536);
        daemon.receive(packet);
        return new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
    }

    private void describeTable() {
        factory.dynamoDb().describeTable(r -> r.tableName(table));
    }

    @Test
    void sampledCallIsSentAsASubsegmentOfTheInvocation() throws Exception {
        System.setProperty(XRaySubsegments.TRACE_HEADER_PROPERTY, "Root=" + ROOT + ";Parent=" + PARENT + ";Sampled=1");
        describeTable();
        assertThat(nextDocument()).startsWith("{\"format\":\"json\",\"version\":1}\n")
                .contains("\"trace_id\":\"" + ROOT + "\"", "\"parent_id\":\"" + PARENT + "\"",
                        "\"type\":\"subsegment\"", "\"operation\":\"DescribeTable\"", "\"table_name\":\"" + table + "\"");
    }

    @Test
    void unsampledCallSendsNothing() throws Exception {
        System.setProperty(XRaySubsegments.TRACE_HEADER_PROPERTY, "Root=" + ROOT + ";Parent=" + PARENT + ";Sampled=0");
        describeTable();
        System.setProperty(XRaySubsegments.TRACE_HEADER_PROPERTY, "Root=" + ROOT + ";Parent=ffffffffffffffff;Sampled=1");
        describeTable();
        assertThat(nextDocument()).contains("\"parent_id\":\"ffffffffffffffff\"");
    }

    @Test
    void failedCallIsMarked() throws Exception {
        System.setProperty(XRaySubsegments.TRACE_HEADER_PROPERTY, "Root=" + ROOT + ";Parent=" + PARENT + ";Sampled=1");
        try {
            factory.dynamoDb().describeTable(r -> r.tableName("no-such-table"));
        } catch (RuntimeException expected) {
            // the subsegment is what this test is about
        }
        assertThat(nextDocument()).contains("\"error\":true");
    }
}

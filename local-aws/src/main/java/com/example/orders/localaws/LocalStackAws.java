package com.example.orders.localaws;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/** AWS in a LocalStack community container (Testcontainers), for machines with Docker. */
public final class LocalStackAws implements LocalAws {

    /** Pinned: a floating tag would change emulator behaviour under the tests without a commit. */
    public static final DockerImageName IMAGE = DockerImageName.parse("localstack/localstack:4.4");

    private static final System.Logger LOG = System.getLogger(LocalStackAws.class.getName());
    private static final int EDGE_PORT = 4566;
    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1");

    private final LocalStackContainer container;
    private final URI endpoint;
    private final AwsClients clients;

    private LocalStackAws(LocalStackContainer container) {
        this.container = container;
        this.endpoint = container.getEndpoint();
        this.clients = AwsClients.connect(service -> endpoint, region(), credentials());
    }

    public static LocalStackAws start() {
        long started = System.nanoTime();
        var container = new LocalStackContainer(IMAGE);
        // Docker publishes on every interface unless told otherwise; keep a local daemon's port private.
        if (LOOPBACK_HOSTS.contains(DockerClientFactory.instance().dockerHostIpAddress())) {
            container.withCreateContainerCmdModifier(command -> command.getHostConfig()
                    .withPortBindings(new PortBinding(Ports.Binding.bindIp("127.0.0.1"), ExposedPort.tcp(EDGE_PORT))));
        }
        try {
            container.start();
            var aws = new LocalStackAws(container);
            LOG.log(System.Logger.Level.INFO, () -> "LocalStack %s ready in %d ms at %s"
                    .formatted(IMAGE.getVersionPart(),
                            Duration.ofNanos(System.nanoTime() - started).toMillis(), aws.endpoint));
            return aws;
        } catch (RuntimeException failure) {
            container.stop();
            throw failure;
        }
    }

    @Override
    public AwsClients clients() {
        return clients;
    }

    @Override
    public URI endpoint(AwsService service) {
        return endpoint;
    }







    @Override
    public void close() {
        try {
            clients.close();
        } finally {
            container.stop();
        }
    }
}

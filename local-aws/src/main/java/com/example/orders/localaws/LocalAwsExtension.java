package com.example.orders.localaws;

import java.util.UUID;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves {@link LocalAws} and {@link PlatformResources} parameters of test constructors, test
 * methods and lifecycle methods.
 *
 * <p>The backend ({@link LocalAwsBackend#configured()}) starts once per test run, on first use, and
 * lives in the root context's store, which closes it when the run ends, whether tests passed or
 * not. Each test method gets a fresh random namespace, provisioned on first use and deprovisioned
 * after the test, so tests never see each other's data; its constructor, {@code @BeforeEach} and
 * {@code @AfterEach} methods share that namespace. Resources requested in {@code @BeforeAll} are
 * shared by the class's tests.
 */
public final class LocalAwsExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(LocalAwsExtension.class);

    /** Lets constructor parameters get the test method's namespace instead of one for the class. */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == LocalAws.class || type == PlatformResources.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        LocalAws aws = context.getRoot()
                .getStore(STORE)
                .getOrComputeIfAbsent(LocalAws.class, key -> LocalAws.start(), LocalAws.class);
        if (parameter.getParameter().getType() == LocalAws.class) {
            return aws;
        }
        return context.getStore(STORE)
                .getOrComputeIfAbsent(
                        ProvisionedNamespace.class,
                        key -> new ProvisionedNamespace(aws, aws.provision(randomNamespace())),
                        ProvisionedNamespace.class)
                .resources();
    }

    private static String randomNamespace() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Store values that are {@link AutoCloseable} are closed with their context. */
    private record ProvisionedNamespace(LocalAws aws, PlatformResources resources) implements AutoCloseable {
        @Override
        public void close() {
            aws.deprovision(resources);
        }
    }
}

package com.example.orders.benchmarks.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The benchmarks find each function in the templates as they are written (the assembly keeps these parts). */
class DeployedFunctionTest {

    private static final Path TEMPLATES = Path.of("..", "cloudformation", "templates");

    @ParameterizedTest
    @EnumSource(BenchmarkedFunction.class)
    void templateNamesAHandlerLambdasJavaRuntimeRuns(BenchmarkedFunction function) throws ClassNotFoundException {
        Class<?> handler = Class.forName(function.deployedFrom(TEMPLATES).handlerClass());
        assertThat(RequestHandler.class.isAssignableFrom(handler) || RequestStreamHandler.class.isAssignableFrom(handler))
                .as("%s is a RequestHandler or a RequestStreamHandler", handler).isTrue();
    }

    /** The warm benchmark builds each handler from an environment, as the local runtime does. */
    @ParameterizedTest
    @EnumSource(BenchmarkedFunction.class)
    void handlerIsBuiltFromAnEnvironment(BenchmarkedFunction function) throws ClassNotFoundException {
        assertThat(Class.forName(function.deployedFrom(TEMPLATES).handlerClass()).getConstructors())
                .anySatisfy(constructor -> assertThat(constructor.getParameterTypes()).containsExactly(Map.class));
    }

    @ParameterizedTest
    @EnumSource(BenchmarkedFunction.class)
    void jvmOptionsComeFromTheTemplate(BenchmarkedFunction function) {
        assertThat(function.deployedFrom(TEMPLATES).variables().get("JAVA_TOOL_OPTIONS")).hasValueSatisfying(
                options -> assertThat(options).contains("TieredStopAtLevel"));
    }

    @ParameterizedTest
    @EnumSource(BenchmarkedFunction.class)
    void aDeployTimeValueTheStageLacksIsNamed(BenchmarkedFunction function) {
        assertThatThrownBy(() -> function.deployedFrom(TEMPLATES).environment(Map.of()))
                .hasMessageContaining("ORDERS_TABLE");
    }
}

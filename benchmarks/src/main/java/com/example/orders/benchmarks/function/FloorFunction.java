package com.example.orders.benchmarks.function;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The floor every function is measured against: benchmark-floor's handler, one PutItem with a
 * client built in its constructor, started exactly as {@code against} is (same memory, same
 * {@code JAVA_TOOL_OPTIONS}, same local AWS), so the ratio of the two is the function's own cost.
 */
public record FloorFunction(Path jar, String handlerClass, int memoryMb, Map<String, String> environment) {

    public static final String NAME = "floor";
    static final String HANDLER = "com.example.orders.benchmarks.floor.PutItemFloorHandler";

    /** The floor in {@code jar}, started like {@code against} on {@code stage}. */
    public static FloorFunction like(DeployedFunction against, BenchmarkStage stage, Path jar) {
        Map<String, String> functionEnvironment = stage.environmentOf(against);
        var environment = new LinkedHashMap<>(stage.aws().environment());
        environment.put("ORDERS_TABLE", stage.resources().ordersTable());
        String toolOptions = functionEnvironment.get("JAVA_TOOL_OPTIONS");
        if (toolOptions != null) {
            environment.put("JAVA_TOOL_OPTIONS", toolOptions);
        }
        return new FloorFunction(jar, HANDLER, against.memoryMb(), Map.copyOf(environment));
    }
}

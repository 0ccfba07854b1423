package com.example.orders.benchmarks.warm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;

/**
 * The floor's handler, warm, in this JVM: loaded from its deployable jar in a class loader of its
 * own (its SDK, its Lambda types), built from the environment a function gets, and invoked with an
 * empty API Gateway request, as the cold starts invoke it.
 */
final class WarmFloor implements AutoCloseable {

    private static final String HANDLER = "com.example.orders.benchmarks.floor.PutItemFloorHandler";
    private static final String REQUEST = "com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent";
    private static final String CONTEXT = "com.amazonaws.services.lambda.runtime.Context";

    private final URLClassLoader loader;
    private final Object handler;
    private final Class<?> requestType;
    private final Method handleRequest;

    private WarmFloor(URLClassLoader loader, Object handler, Class<?> requestType, Method handleRequest) {
        this.loader = loader;
        this.handler = handler;
        this.requestType = requestType;
        this.handleRequest = handleRequest;
    }

    static WarmFloor load(Path jar, Map<String, String> environment) {
        try {
            var loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> handlerType = loader.loadClass(HANDLER);
            Class<?> requestType = loader.loadClass(REQUEST);
            Object handler = handlerType.getConstructor(Map.class).newInstance(environment);
            Method handleRequest = handlerType.getMethod("handleRequest", requestType, loader.loadClass(CONTEXT));
            return new WarmFloor(loader, handler, requestType, handleRequest);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read the floor's jar " + jar, unreadable);
        } catch (ReflectiveOperationException failure) {
            throw new IllegalStateException("Cannot build the floor's handler from " + jar, failure);
        }
    }

    /** One invocation's duration; the request is made before the clock starts. The floor ignores its context. */
    long invoke() {
        try {
            Object request = requestType.getConstructor().newInstance();
            long started = System.nanoTime();
            handleRequest.invoke(handler, request, null);
            return System.nanoTime() - started;
        } catch (InvocationTargetException failed) {
            throw new IllegalStateException("The floor failed: " + failed.getCause(), failed.getCause());
        } catch (ReflectiveOperationException failure) {
            throw new IllegalStateException("Cannot invoke the floor", failure);
        }
    }

    @Override
    public void close() {
        try {
            loader.close();
        } catch (IOException ignored) {
            // Only this benchmark's JVM holds the jar open; it ends soon after.
        }
    }
}

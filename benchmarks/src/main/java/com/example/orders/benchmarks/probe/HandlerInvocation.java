package com.example.orders.benchmarks.probe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A handler invoked as Lambda's Java runtime invokes it: a {@link RequestHandler} with the event
 * object, a {@link RequestStreamHandler} with the event's JSON ({@link EventKind} builds the one
 * or the other), whose answer, when it writes none, is {@code null}.
 */
public final class HandlerInvocation {

    private HandlerInvocation() {
    }

    @SuppressWarnings("unchecked")
    public static Object invoke(Object handler, Object event, Context context) {
        if (handler instanceof RequestStreamHandler streamed) {
            var answer = new ByteArrayOutputStream();
            try {
                streamed.handleRequest(new ByteArrayInputStream(((String) event).getBytes(StandardCharsets.UTF_8)), answer, context);
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
            return answer.size() == 0 ? null : answer.toString(StandardCharsets.UTF_8);
        }
        return ((RequestHandler<Object, Object>) handler).handleRequest(event, context);
    }
}

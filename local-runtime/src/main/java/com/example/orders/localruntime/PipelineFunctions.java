package com.example.orders.localruntime;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The functions behind the event sources, each as the cold start of one more execution
 * environment: the queue's processor, the topic's notifier, the schedule's reconciler.
 */
public record PipelineFunctions(
        Supplier<RequestHandler<SQSEvent, SQSBatchResponse>> processor,
        Supplier<RequestStreamHandler> notifier,
        Supplier<RequestHandler<Map<String, Object>, ?>> reconciler) {
}

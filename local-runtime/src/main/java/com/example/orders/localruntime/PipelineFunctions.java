package com.example.orders.localruntime;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

/** The functions behind the event sources: the queue's processor and the topic's notifier. */
public record PipelineFunctions(
        RequestHandler<SQSEvent, SQSBatchResponse> processor,
        RequestHandler<SNSEvent, ?> notifier) {
}

package com.example.orders.benchmarks.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventKindTest {

    @Test
    void statusNotificationCarriesTheAttributesTheSubscriptionFiltersOn() {
        var event = (SNSEvent) EventKind.STATUS_NOTIFICATION.event("{\"eventType\":\"OrderStatusChanged\",\"status\":\"COMPLETED\"}");
        var attributes = event.getRecords().getFirst().getSNS().getMessageAttributes();
        assertThat(attributes.get("status").getValue()).isEqualTo("COMPLETED");
    }

    @Test
    void anApiAnswerIsItsStatusCode() {
        assertThat(EventKind.outcome(new APIGatewayProxyResponseEvent().withStatusCode(201)))
                .isEqualTo(EventKind.CREATE_REQUEST.expectedOutcome());
    }

    @Test
    void aBatchAnswerCountsItsFailures() {
        var failed = new SQSBatchResponse(List.of(new SQSBatchResponse.BatchItemFailure("m-1")));
        assertThat(EventKind.outcome(failed)).isEqualTo("1 failures");
    }
}

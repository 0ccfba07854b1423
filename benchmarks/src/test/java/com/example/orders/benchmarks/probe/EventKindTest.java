package com.example.orders.benchmarks.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventKindTest {

    @Test
    void statusNotificationCarriesTheMessageAsSnsEventJson() throws IOException {
        String message = "{\"eventType\":\"OrderStatusChanged\",\"reason\":\"a \\\"quoted\\\" \\\\ reason\\n\"}";
        var event = new ObjectMapper().readTree((String) EventKind.STATUS_NOTIFICATION.event(message));
        assertThat(event.path("Records").path(0).path("Sns").path("Message").asText()).isEqualTo(message);
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

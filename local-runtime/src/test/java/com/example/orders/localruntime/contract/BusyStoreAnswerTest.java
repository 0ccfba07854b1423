package com.example.orders.localruntime.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.example.orders.core.http.CorsPolicy;
import com.example.orders.core.order.OrderStoreBusyException;
import com.example.orders.lambda.ApiFunction;
import com.example.orders.lambda.StandaloneContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a create answers when the order store stays busy, held to the contract. */
class BusyStoreAnswerTest {

    private static final ApiContract CONTRACT = ApiContract.bundled();

    private static APIGatewayProxyResponseEvent createWhileTheStoreIsBusy() {
        var request = new APIGatewayProxyRequestEvent()
                .withHttpMethod("POST").withPath("/orders").withResource("/orders")
                .withHeaders(Map.of("Content-Type", "application/json")).withBody("{}");
        return new ApiFunction(CorsPolicy.fromSetting(""), "order-create").handle(request, StandaloneContext.priming("order-create"), ignored -> {
            throw new OrderStoreBusyException("Storing order refused 3 times: TransactionConflict", null);
        });
    }

    @Test
    void aStoreBusyThroughTheRetriesIsA503TheContractDocumentsForCreate() {
        APIGatewayProxyResponseEvent response = createWhileTheStoreIsBusy();
        Map<String, List<String>> headers = response.getHeaders().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, header -> List.of(header.getValue())));

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(CONTRACT.responseViolations("POST", "/orders", 503, headers, response.getBody())).isEmpty();
    }

    @Test
    void aStoreBusyAnswerSaysWhenToRetry() {
        assertThat(createWhileTheStoreIsBusy().getHeaders()).containsEntry("Retry-After",
                Integer.toString(OrderStoreBusyException.RETRY_AFTER_SECONDS));
    }
}

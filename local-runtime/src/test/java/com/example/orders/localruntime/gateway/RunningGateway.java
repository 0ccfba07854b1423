package com.example.orders.localruntime.gateway;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.example.orders.localruntime.ContractClient;
import com.example.orders.localruntime.OrderFunctions;
import com.example.orders.localruntime.contract.ApiContract;
import com.example.orders.localruntime.lambda.LambdaFunction;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bundled api stack served on a free port in front of test functions, and a client to call it
 * whose every response is held to the contract.
 */
final class RunningGateway implements AutoCloseable {

    static final ApiContract CONTRACT = ContractClient.CONTRACT;
    static final String API_KEY = "test-key-4f1c9a0e7b2d";
    static final String ALLOWED_ORIGIN = "https://shop.example.com";
    static final String SECOND_ORIGIN = "https://admin.example.com";
    static final String OTHER_ORIGIN = "https://evil.example.net";
    static final String VALID_ORDER = ContractClient.VALID_ORDER;

    private final ApiGateway gateway;
    private final ContractClient client;

    private RunningGateway(ApiGateway gateway) {
        this.gateway = gateway;
        this.client = new ContractClient(gateway.uri(), API_KEY);
    }

    /** The local stage's api stack parameters, with two allowed origins and a throttle of its own. */
    static Map<String, String> parameters(String rateLimit, String burstLimit) {
        return OrderFunctions.apiStackParameters(ALLOWED_ORIGIN + "," + SECOND_ORIGIN, Optional.of(rateLimit), Optional.of(burstLimit));
    }

    static ApiDefinition api() {
        return ApiDefinition.bundled(parameters("1000", "1000"));
    }

    static GatewaySettings settings() {
        return new GatewaySettings(0, Set.of(API_KEY));
    }

    static RunningGateway start(RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler) {
        return start(settings(), api(), handler);
    }

    static RunningGateway start(GatewaySettings settings, ApiDefinition api,
            RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler) {
        var functions = new LinkedHashMap<String, LambdaFunction>();
        api.functionNames().forEach(name -> functions.put(name, new LambdaFunction(name, handler)));
        return new RunningGateway(ApiGateway.start(settings, api, functions));
    }

    URI uri() {
        return gateway.uri();
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return client.request(pathAndQuery);
    }

    HttpRequest.Builder withKey(String pathAndQuery) {
        return client.withKey(pathAndQuery);
    }

    HttpRequest.Builder postJson(String path, String body) {
        return client.postJson(path, body);
    }

    HttpResponse<String> send(HttpRequest.Builder builder) {
        return client.send(builder);
    }

    HttpResponse<String> sendUnchecked(HttpRequest request) {
        return client.sendUnchecked(request);
    }

    static JsonNode json(HttpResponse<String> response) {
        return ContractClient.json(response);
    }

    @Override
    public void close() {
        gateway.close();
    }
}

package com.example.orders.lambda;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.client.builder.SdkClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * For SnapStart priming of calls that must not happen (an order's write, a charge, an email, a
 * text): an HTTP client that never connects and answers every request itself, with 200 and the
 * body given for its operation. An SDK client built on it runs a call's whole path, the request's
 * (validation, marshalling, endpoint, signing, interceptors) and the response's (unmarshalling,
 * the adapter's reading of it), so the classes and code the function's real client uses are in
 * the snapshot, and nothing leaves the function. Built when priming and closed after it, never on
 * an on-demand start.
 */
public final class PrimingHttpClient implements SdkHttpClient {

    private final String answer;
    private final Map<String, String> answersByOperation = new HashMap<>();
    private final AtomicInteger answered = new AtomicInteger();

    private PrimingHttpClient(String answer) {
        this.answer = answer;
    }

    /** A client answering every request with {@code body} (JSON or XML, as the service's protocol has it). */
    public static PrimingHttpClient answering(String body) {
        return new PrimingHttpClient(body);
    }

    /**
     * Answers {@code operation} (as a JSON protocol's {@code X-Amz-Target} names it, for example
     * DynamoDB's {@code Query}) with {@code body} instead.
     */
    public PrimingHttpClient answering(String operation, String body) {
        answersByOperation.put(operation, body);
        return this;
    }

    /** The client {@code builder} builds on this HTTP client. */
    public <B extends SdkSyncClientBuilder<B, C> & SdkClientBuilder<B, C>, C> C client(B builder) {
        return builder.httpClient(this).build();
    }

    /** Runs {@code call}, which must reach this client (at least once) rather than go out. */
    public void prime(String what, Runnable call) {
        int before = answered.get();
        try {
            call.run();
        } catch (RuntimeException failure) {
            throw new IllegalStateException("Priming " + what + " failed on its own answer", failure);
        }
        if (answered.get() == before) {
            throw new IllegalStateException("Priming " + what + " never reached the priming client: its SDK client sends for real");
        }
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        String body = request.httpRequest().firstMatchingHeader("X-Amz-Target")
                .map(target -> target.substring(target.lastIndexOf('.') + 1))
                .map(answersByOperation::get)
                .orElse(answer);
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                answered.incrementAndGet();
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                return HttpExecuteResponse.builder()
                        .response(SdkHttpResponse.builder().statusCode(200)
                                .putHeader("Content-Length", Integer.toString(bytes.length))
                                .putHeader("x-amzn-RequestId", "snapstart-priming")
                                .build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(bytes)))
                        .build();
            }

            @Override
            public void abort() {
            }
        };
    }

    /** How many requests it answered: each would have gone out on a real client. */
    public int answered() {
        return answered.get();
    }

    @Override
    public String clientName() {
        return "SnapStartPriming";
    }

    @Override
    public void close() {
    }
}

package com.example.orders.core.adapter.dynamodb;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * DynamoDB Local as a busy table looks: the first {@code conflicts} transactions are cancelled
 * with TransactionConflict, as DynamoDB does when another transaction holds the same items; every
 * other call reaches the emulator.
 */
final class ConflictingDynamoDb {

    private ConflictingDynamoDb() {
    }

    static DynamoDbClient conflicting(DynamoDbClient real, int conflicts, AtomicInteger transactions) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (method.getName().equals("transactWriteItems") && transactions.incrementAndGet() <= conflicts) {
                throw TransactionCanceledException.builder()
                        .message("Transaction cancelled, please refer cancellation reasons for specific reasons "
                                + "[TransactionConflict, None]")
                        .cancellationReasons(
                                CancellationReason.builder().code("TransactionConflict").build(),
                                CancellationReason.builder().code("None").build())
                        .build();
            }
            try {
                return method.invoke(real, arguments);
            } catch (InvocationTargetException thrown) {
                throw thrown.getCause();
            }
        };
        return (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[] {DynamoDbClient.class}, handler);
    }
}

package com.example.orders.localruntime.events;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.dynamodb.model.SequenceNumberRange;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * A stream on DynamoDB Local as it looks a day after its first shard closed: that shard is still
 * listed, as the parent of the live one, but every read of it is refused with
 * TrimmedDataAccessException because its records are past the stream's 24 hours.
 */
final class StreamWithAnExpiredShard {

    static final String EXPIRED_SHARD = "shardId-00000001700000000000-expired0";

    private StreamWithAnExpiredShard() {
    }

    static DynamoDbStreamsClient over(DynamoDbStreamsClient real) {
        Shard expired = Shard.builder().shardId(EXPIRED_SHARD)
                .sequenceNumberRange(SequenceNumberRange.builder()
                        .startingSequenceNumber("000000000000000000001").endingSequenceNumber("000000000000000000099").build())
                .build();
        return (DynamoDbStreamsClient) Proxy.newProxyInstance(DynamoDbStreamsClient.class.getClassLoader(),
                new Class<?>[] {DynamoDbStreamsClient.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("getShardIterator") && arguments != null
                            && arguments[0] instanceof GetShardIteratorRequest request && request.shardId().equals(EXPIRED_SHARD)) {
                        throw TrimmedDataAccessException.builder().message("Trimmed: " + EXPIRED_SHARD).build();
                    }
                    Object answer;
                    try {
                        answer = method.invoke(real, arguments);
                    } catch (InvocationTargetException thrown) {
                        throw thrown.getCause();
                    }
                    if (answer instanceof DescribeStreamResponse described && arguments[0] instanceof DescribeStreamRequest) {
                        var shards = new ArrayList<Shard>();
                        shards.add(expired);
                        described.streamDescription().shards().forEach(shard -> shards.add(shard.parentShardId() == null
                                ? shard.toBuilder().parentShardId(EXPIRED_SHARD).build() : shard));
                        return described.toBuilder().streamDescription(described.streamDescription().toBuilder()
                                .shards(shards).build()).build();
                    }
                    return answer;
                });
    }
}

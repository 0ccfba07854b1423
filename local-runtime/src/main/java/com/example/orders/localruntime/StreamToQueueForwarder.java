package com.example.orders.localruntime;

import software.amazon.awssdk.services.dynamodb.model.DescribeStreamRequest;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The EventBridge Pipe from the Orders table's stream to order-processing-queue, run locally:
 * reads every shard of the stream from its oldest record (a child shard only once its parent
 * is finished, so an order's records stay in order), passes each record through the
 * {@link PipeDefinition}, and sends what it renders to the queue.
 *
 * <p>A record is done only once its message is sent: when sending fails, the shard is read
 * again from that record on the next round, so a failure can duplicate a message but never
 * lose one, which is the pipe's at-least-once delivery too.
 */
public final class StreamToQueueForwarder implements AutoCloseable {

    private static final Duration IDLE_PAUSE = Duration.ofMillis(200);
    private static final Duration SHARD_REFRESH = Duration.ofSeconds(1);

    private final DynamoDbStreamsClient streams;
    private final String streamArn;
    private final SqsClient sqs;
    private final String queueUrl;
    private final PipeDefinition pipe;
    /** Open shards by id, with the iterator to read each from next. */
    private final Map<String, String> iterators = new LinkedHashMap<>();
    /** Shards read to their end, or being read: never started twice. */
    private final Set<String> started = new HashSet<>();
    private final Set<String> finished = new HashSet<>();
    /** Per shard, the sequence number of the last record whose message went out, to resume after a failed send. */
    private final Map<String, String> lastForwarded = new HashMap<>();
    private boolean shardsStale = true;
    private long shardsRefreshedAt;
    private final BackgroundLoop loop;

    private StreamToQueueForwarder(DynamoDbStreamsClient streams, String streamArn, SqsClient sqs, String queueUrl,
            PipeDefinition pipe) {
        this.streams = streams;
        this.streamArn = streamArn;
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.pipe = pipe;
        this.loop = BackgroundLoop.start("stream-to-queue", IDLE_PAUSE, this::forwardOnce);
    }

    public static StreamToQueueForwarder start(DynamoDbStreamsClient streams, String streamArn, SqsClient sqs,
            String queueUrl, PipeDefinition pipe) {
        return new StreamToQueueForwarder(streams, streamArn, sqs, queueUrl, pipe);
    }

    /** One round: new shards picked up, then one GetRecords per open shard. Answers whether any record came. */
    private boolean forwardOnce() {
        if (shardsStale || System.nanoTime() - shardsRefreshedAt >= SHARD_REFRESH.toNanos()) {
            discoverShards();
            shardsStale = false;
            shardsRefreshedAt = System.nanoTime();
        }
        boolean anyRecords = false;
        for (String shardId : new ArrayList<>(iterators.keySet())) {
            anyRecords |= readShard(shardId);
        }
        return anyRecords;
    }

    private void discoverShards() {
        List<Shard> shards = new ArrayList<>();
        String lastEvaluated = null;
        do {
            StreamDescription description = streams.describeStream(DescribeStreamRequest.builder()
                    .streamArn(streamArn).exclusiveStartShardId(lastEvaluated).build()).streamDescription();
            shards.addAll(description.shards());
            lastEvaluated = description.lastEvaluatedShardId();
        } while (lastEvaluated != null);
        Set<String> present = new HashSet<>();
        shards.forEach(shard -> present.add(shard.shardId()));
        for (Shard shard : shards) {
            String parent = shard.parentShardId();
            boolean parentDone = parent == null || finished.contains(parent) || !present.contains(parent);
            if (!started.contains(shard.shardId()) && parentDone) {
                started.add(shard.shardId());
                iterators.put(shard.shardId(), iterator(shard.shardId(), null));
            }
        }
    }

    private String iterator(String shardId, String afterSequenceNumber) {
        var request = GetShardIteratorRequest.builder()
                .streamArn(streamArn).shardId(shardId);
        if (afterSequenceNumber == null) {
            request.shardIteratorType(ShardIteratorType.TRIM_HORIZON);
        } else {
            request.shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER).sequenceNumber(afterSequenceNumber);
        }
        return streams.getShardIterator(request.build()).shardIterator();
    }

    private boolean readShard(String shardId) {
        GetRecordsResponse response;
        try {
            response = streams.getRecords(request -> request.shardIterator(iterators.get(shardId)));
        } catch (ExpiredIteratorException | TrimmedDataAccessException stale) {
            // DynamoDB Local also answers a TRIM_HORIZON iterator taken on a still-empty shard this
            // way once records arrive; a fresh iterator from the same position reads them.
            iterators.put(shardId, iterator(shardId, lastForwarded.get(shardId)));
            return false;
        }
        for (Record record : response.records()) {
            try {
                forward(record);
            } catch (RuntimeException sendFailed) {
                // Read the shard again from the first record not yet forwarded.
                iterators.put(shardId, iterator(shardId, lastForwarded.get(shardId)));
                throw sendFailed;
            }
            lastForwarded.put(shardId, record.dynamodb().sequenceNumber());
        }
        if (response.nextShardIterator() == null) {
            iterators.remove(shardId);
            finished.add(shardId);
            // Its children may now start.
            shardsStale = true;
        } else {
            iterators.put(shardId, response.nextShardIterator());
        }
        return !response.records().isEmpty();
    }

    private void forward(Record record) {
        Optional<String> message = pipe.apply(StreamRecordJson.of(record, streamArn));
        message.ifPresent(body -> sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(body)));
    }

    @Override
    public void close() {
        loop.close();
    }
}

package com.example.orders.localruntime.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamRequest;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.GetShardIteratorRequest;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * An EventBridge Pipe from the Orders table's stream, run locally as the messaging stack deploys
 * it: new orders to order-processing-queue ({@link PipeDefinition#newOrders()}), status changes to
 * the notifications topic ({@link PipeDefinition#statusEvents()}). It reads every shard (a child
 * shard only once its parent is finished, so an order's records stay in order), passes each
 * record through the pipe's filter and input template, and sends what it renders to its
 * {@link PipeTarget}.
 *
 * <p>It never skips a record. A record is done once its message is sent, it is filtered out, or
 * it went to the pipe's dead-letter queue; until then its shard waits for it, and
 * {@link PipeCheckpoints} remember the last record done, so a restarted pipe resumes after it.
 * As on AWS, failures of the connection or of the service itself are retried without limit, and
 * failures the target returns (a missing queue, a refused message) count against the pipe's
 * {@code MaximumRetryAttempts}: past it, or past {@code MaximumRecordAgeInSeconds}, the record's
 * position goes to the dead-letter queue (the batch information Pipes sends, from which the
 * record can be read again while the stream holds it). Delivery is at least once: a failure
 * can duplicate a message, never lose one.
 *
 * <p>Closing catches up with the stream before it returns: what was stored before the platform
 * stopped is sent now, rather than at a next start that may come after the stream's 24 hours,
 * when those records are gone. A pipe on AWS never stops, so never faces that choice.
 */
public final class StreamPipe implements AutoCloseable {

    /** Where a pipe reads and writes: its name, its stream, its target and its dead-letter queue. */
    public record Route(String pipeName, String streamArn, PipeTarget target, Optional<String> deadLetterQueueUrl) {}

    private static final System.Logger LOG = System.getLogger(StreamPipe.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration IDLE_PAUSE = Duration.ofMillis(200);
    private static final Duration SHARD_REFRESH = Duration.ofSeconds(1);
    /** How long a closing pipe keeps reading to catch up with its stream. */
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofSeconds(10);
    /** Pipes back off exponentially between retries of a failing record; capped at this many base delays. */
    private static final int MAX_BACKOFF_FACTOR = 16;

    private final DynamoDbStreamsClient streams;
    private final SqsClient sqs;
    private final Route route;
    private final PipeDefinition pipe;
    private final PipeCheckpoints checkpoints;
    private final Duration retryBackoff;
    private final Clock clock;
    /** Shards being read, by id. */
    private final Map<String, ShardReader> readers = new LinkedHashMap<>();
    /** Shards read to their end: never read again, and their children may start. */
    private final Set<String> finished = new HashSet<>();
    private boolean shardsStale = true;
    private long shardsRefreshedAt;
    private final BackgroundLoop loop;

    private StreamPipe(DynamoDbStreamsClient streams, SqsClient sqs, Route route, PipeDefinition pipe,
            PipeCheckpoints checkpoints, Duration retryBackoff, Clock clock) {
        this.streams = streams;
        this.sqs = sqs;
        this.route = route;
        this.pipe = pipe;
        this.checkpoints = checkpoints;
        this.retryBackoff = retryBackoff;
        this.clock = clock;
        this.loop = BackgroundLoop.start("pipe-" + route.pipeName(), IDLE_PAUSE, this::forwardOnce);
    }

    /**
     * Starts the pipe. {@code retryBackoff} is the first pause before a failing record is tried
     * again; it doubles with each further failure.
     */
    public static StreamPipe start(DynamoDbStreamsClient streams, SqsClient sqs, Route route,
            PipeDefinition pipe, PipeCheckpoints checkpoints, Duration retryBackoff) {
        return new StreamPipe(streams, sqs, route, pipe, checkpoints, retryBackoff, Clock.systemUTC());
    }

    /** One round: new shards picked up, then each shard that is not waiting to retry read once. Answers whether any record was done. */
    private boolean forwardOnce() {
        if (shardsStale || System.nanoTime() - shardsRefreshedAt >= SHARD_REFRESH.toNanos()) {
            discoverShards();
            shardsStale = false;
            shardsRefreshedAt = System.nanoTime();
        }
        boolean progressed = false;
        for (ShardReader reader : new ArrayList<>(readers.values())) {
            progressed |= reader.advance();
        }
        return progressed;
    }

    private void discoverShards() {
        List<Shard> shards = new ArrayList<>();
        String lastEvaluated = null;
        do {
            StreamDescription description = streams.describeStream(DescribeStreamRequest.builder()
                    .streamArn(route.streamArn()).exclusiveStartShardId(lastEvaluated).build()).streamDescription();
            shards.addAll(description.shards());
            lastEvaluated = description.lastEvaluatedShardId();
        } while (lastEvaluated != null);
        Set<String> present = new HashSet<>();
        shards.forEach(shard -> present.add(shard.shardId()));
        for (Shard shard : shards) {
            String parent = shard.parentShardId();
            boolean parentDone = parent == null || finished.contains(parent) || !present.contains(parent);
            if (!readers.containsKey(shard.shardId()) && !finished.contains(shard.shardId()) && parentDone) {
                readers.put(shard.shardId(), new ShardReader(shard));
            }
        }
    }

    /** One shard: its iterator, the records read but not yet done, and the retry state of the first of them. */
    private final class ShardReader {

        private final String shardId;
        /** A closed shard receives no more records; once they are trimmed, it can never be read to its end. */
        private final boolean closed;
        private int trims;
        private String iterator;
        private final Deque<Record> pending = new ArrayDeque<>();
        private boolean ended;
        private int customerFailures;
        private int failures;
        private long retryAt;

        ShardReader(Shard shard) {
            this.shardId = shard.shardId();
            this.closed = shard.sequenceNumberRange() != null && shard.sequenceNumberRange().endingSequenceNumber() != null;
        }

        boolean advance() {
            if (System.nanoTime() < retryAt) {
                return false;
            }
            if (pending.isEmpty() && !read()) {
                return false;
            }
            boolean progressed = false;
            while (!pending.isEmpty()) {
                if (!deliver(pending.peekFirst())) {
                    return progressed;
                }
                checkpoints.done(shardId, pending.removeFirst().dynamodb().sequenceNumber());
                customerFailures = 0;
                failures = 0;
                progressed = true;
            }
            if (ended) {
                readers.remove(shardId);
                finished.add(shardId);
                // Its children may now start.
                shardsStale = true;
            }
            return progressed;
        }

        /** Reads the next records into {@link #pending}; answers whether there is anything to do. */
        private boolean read() {
            if (ended) {
                return true;
            }
            GetRecordsResponse response;
            try {
                if (iterator == null) {
                    iterator = freshIterator();
                }
                response = streams.getRecords(request -> request.shardIterator(iterator));
            } catch (ExpiredIteratorException expired) {
                // An iterator lives 15 minutes; a fresh one from the same position reads on.
                iterator = null;
                return false;
            } catch (TrimmedDataAccessException trimmed) {
                // DynamoDB Local answers a TRIM_HORIZON iterator taken on a still-empty open shard
                // this way once records arrive; a fresh iterator reads them. A closed shard still
                // trimmed from its oldest position holds nothing any more: its records are older
                // than the stream's 24 hours. Waiting on it would hold back its children, and with
                // them every later record, for good.
                iterator = null;
                if (closed && ++trims >= 2) {
                    LOG.log(System.Logger.Level.WARNING, "Pipe " + route.pipeName() + ": shard " + shardId
                            + " expired before it was read to its end (a stream keeps records 24 hours); moving on to"
                            + " its children. Orders whose records expired unread are re-enqueued by the reconciler.");
                    ended = true;
                    return true;
                }
                return false;
            }
            pending.addAll(response.records());
            iterator = response.nextShardIterator();
            ended = iterator == null;
            return !pending.isEmpty() || ended;
        }

        /** After the last record done, or where a new pipe starts; from the oldest record left if that one was trimmed. */
        private String freshIterator() {
            Optional<String> lastDone = checkpoints.lastDone(shardId);
            var request = GetShardIteratorRequest.builder().streamArn(route.streamArn()).shardId(shardId);
            if (lastDone.isPresent()) {
                try {
                    return streams.getShardIterator(request.shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER)
                            .sequenceNumber(lastDone.get()).build()).shardIterator();
                } catch (TrimmedDataAccessException trimmed) {
                    LOG.log(System.Logger.Level.WARNING, "The stream no longer holds record " + lastDone.get() + " of shard "
                            + shardId + ": reading from its oldest record; any between them expired unread");
                    return streams.getShardIterator(request.shardIteratorType(ShardIteratorType.TRIM_HORIZON)
                            .sequenceNumber(null).build()).shardIterator();
                }
            }
            ShardIteratorType start = pipe.startingPosition() == PipeDefinition.StartingPosition.LATEST
                    ? ShardIteratorType.LATEST : ShardIteratorType.TRIM_HORIZON;
            return streams.getShardIterator(request.shardIteratorType(start).build()).shardIterator();
        }

        /** Answers whether {@code record} is done; when it is not, schedules its next attempt. */
        private boolean deliver(Record record) {
            Optional<String> message = pipe.apply(StreamRecordJson.of(record, route.streamArn()));
            if (message.isEmpty()) {
                return true;
            }
            Duration age = age(record);
            if (pipe.givesUp(0, age)) {
                return deadLetter(record, "RecordAgeExceeded", 0);
            }
            try {
                route.target().send(message.get());
                return true;
            } catch (AwsServiceException refused) {
                if (!isCustomerError(refused)) {
                    retryLater(record, refused);
                    return false;
                }
                customerFailures++;
                if (pipe.givesUp(customerFailures, age)) {
                    return deadLetter(record, pipe.givesUp(0, age) ? "RecordAgeExceeded" : "RetryAttemptsExhausted",
                            customerFailures);
                }
                retryLater(record, refused);
                return false;
            } catch (SdkException unavailable) {
                retryLater(record, unavailable);
                return false;
            }
        }

        private boolean deadLetter(Record record, String condition, int attempts) {
            if (route.deadLetterQueueUrl().isEmpty()) {
                LOG.log(System.Logger.Level.WARNING, "Pipe " + route.pipeName() + " discarded record "
                        + record.dynamodb().sequenceNumber() + " (" + condition + "): it has no dead-letter queue");
                return true;
            }
            try {
                sqs.sendMessage(request -> request.queueUrl(route.deadLetterQueueUrl().get())
                        .messageBody(failureRecord(record, condition, attempts)));
                LOG.log(System.Logger.Level.WARNING, "Pipe " + route.pipeName() + " sent record "
                        + record.dynamodb().sequenceNumber() + " of shard " + shardId + " to its dead-letter queue ("
                        + condition + ")");
                return true;
            } catch (SdkException unavailable) {
                retryLater(record, unavailable);
                return false;
            }
        }

        private void retryLater(Record record, Exception failure) {
            failures++;
            long factor = Math.min(MAX_BACKOFF_FACTOR, 1L << Math.min(failures - 1, 30));
            retryAt = System.nanoTime() + retryBackoff.multipliedBy(factor).toNanos();
            if (failures == 1) {
                LOG.log(System.Logger.Level.WARNING, "Pipe " + route.pipeName() + " could not deliver record "
                        + record.dynamodb().sequenceNumber() + "; retrying: " + failure.getMessage());
            }
        }

        /**
         * What Pipes puts on its dead-letter queue for a stream source: not the record, but where
         * it is in the stream (the batch's shard and sequence numbers) and why it was given up.
         */
        private String failureRecord(Record record, String condition, int attempts) {
            ObjectNode failure = JSON.createObjectNode();
            ObjectNode context = failure.putObject("context");
            context.put("partnerResourceArn", pipeArn());
            context.put("condition", condition);
            context.put("approximateInvokeCount", attempts);
            failure.put("version", "1.0");
            failure.put("timestamp", clock.instant().truncatedTo(ChronoUnit.MILLIS).toString());
            ObjectNode batch = failure.putObject("DDBStreamBatchInfo");
            batch.put("shardId", shardId);
            batch.put("startSequenceNumber", record.dynamodb().sequenceNumber());
            batch.put("endSequenceNumber", record.dynamodb().sequenceNumber());
            String arrival = arrival(record).truncatedTo(ChronoUnit.SECONDS).toString();
            batch.put("approximateArrivalOfFirstRecord", arrival);
            batch.put("approximateArrivalOfLastRecord", arrival);
            batch.put("batchSize", 1);
            batch.put("streamArn", route.streamArn());
            return failure.toString();
        }
    }

    /** Errors the target returns about the request itself; throttling and server errors are the service's. */
    private static boolean isCustomerError(AwsServiceException failure) {
        int status = failure.statusCode();
        return status >= 400 && status < 500 && !failure.isThrottlingException();
    }

    private Duration age(Record record) {
        return Duration.between(arrival(record), clock.instant());
    }

    private Instant arrival(Record record) {
        Instant created = record.dynamodb().approximateCreationDateTime();
        return created == null ? clock.instant() : created;
    }

    /** arn:aws:pipes:REGION:ACCOUNT:pipe/NAME, in the stream's region and account. */
    private String pipeArn() {
        String[] stream = route.streamArn().split(":", 6);
        return "arn:aws:pipes:%s:%s:pipe/%s".formatted(stream[3], stream[4], route.pipeName());
    }

    @Override
    public void close() {
        loop.close();
        long deadline = System.nanoTime() + CATCH_UP_TIMEOUT.toNanos();
        shardsStale = true;
        try {
            while (System.nanoTime() < deadline) {
                if (forwardOnce()) {
                    continue;
                }
                if (readers.values().stream().allMatch(reader -> reader.pending.isEmpty())) {
                    return;
                }
                // The target is failing: waiting out its outage would hold up the rest of the stop.
                LOG.log(System.Logger.Level.WARNING, "Pipe " + route.pipeName() + " stops with records its target refused;"
                        + " they are sent at the next start");
                return;
            }
            LOG.log(System.Logger.Level.WARNING, "Pipe " + route.pipeName() + " stopped before it caught up with the stream;"
                    + " the rest is sent at the next start");
        } catch (RuntimeException unavailable) {
            LOG.log(System.Logger.Level.WARNING, "Pipe " + route.pipeName() + " could not catch up with the stream as it stopped;"
                    + " the rest is sent at the next start: " + unavailable);
        }
    }
}

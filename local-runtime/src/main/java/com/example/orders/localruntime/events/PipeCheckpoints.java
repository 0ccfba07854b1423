package com.example.orders.localruntime.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a pipe is in its stream: per shard, the sequence number of the last record it is done
 * with (delivered, filtered out, or sent to its dead-letter queue). A pipe on AWS keeps this for
 * its whole life, so it resumes where it stopped; kept in a file, the local pipe does the same
 * across restarts of a platform whose data is kept.
 *
 * <p>Checkpoints belong to one stream: a recreated table has a new stream, whose shards start at
 * the pipe's starting position.
 */
public final class PipeCheckpoints {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String streamArn;
    private final Optional<Path> file;
    private final Map<String, String> lastDone = new ConcurrentHashMap<>();

    private PipeCheckpoints(String streamArn, Optional<Path> file) {
        this.streamArn = streamArn;
        this.file = file;
    }

    /** Checkpoints that live as long as this process. */
    public static PipeCheckpoints inMemory(String streamArn) {
        return new PipeCheckpoints(streamArn, Optional.empty());
    }

    /** Checkpoints kept in {@code file}, read from it when it holds this stream's. */
    public static PipeCheckpoints inFile(String streamArn, Path file) {
        var checkpoints = new PipeCheckpoints(streamArn, Optional.of(file));
        if (Files.exists(file)) {
            try {
                JsonNode saved = JSON.readTree(file.toFile());
                if (saved.path("streamArn").asText().equals(streamArn)) {
                    saved.path("shards").properties().forEach(shard -> checkpoints.lastDone.put(shard.getKey(), shard.getValue().asText()));
                }
            } catch (IOException unreadable) {
                throw new UncheckedIOException("Cannot read the pipe's checkpoints from " + file, unreadable);
            }
        }
        return checkpoints;
    }

    Optional<String> lastDone(String shardId) {
        return Optional.ofNullable(lastDone.get(shardId));
    }

    void done(String shardId, String sequenceNumber) {
        lastDone.put(shardId, sequenceNumber);
        file.ifPresent(this::save);
    }

    /** Written whole to a sibling and moved over the file, so a crash never leaves half a file. */
    private void save(Path target) {
        ObjectNode saved = JSON.createObjectNode().put("streamArn", streamArn);
        ObjectNode shards = saved.putObject("shards");
        lastDone.forEach(shards::put);
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path written = target.resolveSibling(target.getFileName() + ".tmp");
            JSON.writeValue(written.toFile(), saved);
            Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot save the pipe's checkpoints to " + target, failure);
        }
    }
}

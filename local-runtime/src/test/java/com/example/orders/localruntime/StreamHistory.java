package com.example.orders.localruntime;

import com.almworks.sqlite4java.SQLiteConnection;
import com.almworks.sqlite4java.SQLiteException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What DynamoDB Local remembers of a table's stream, in the database file of a data directory:
 * streams ({@code sm}), shards ({@code ss}) and records ({@code us}), each stamped with the
 * milliseconds when it was made. Moving every stamp back makes a stopped platform's data look as
 * if it was stopped that long ago: at the next start, DynamoDB Local closes the old shard and
 * trims the records past the stream's 24 hours, exactly as after a restart a day later.
 *
 * <p>A clock set ahead for the whole JVM (libfaketime) does the same to DynamoDB Local, but
 * stretches the JVM's timed waits until the platform crawls.
 */
final class StreamHistory {

    private static final String DATABASE = "shared-local-instance.db";

    private StreamHistory() {
    }

    /** Moves the stream's history in {@code dataDirectory} back by {@code age}; the platform must be stopped. */
    static void age(Path dataDirectory, Duration age) {
        long millis = age.toMillis();
        var database = new SQLiteConnection(dataDirectory.resolve(DATABASE).toFile());
        try {
            database.open(false);
            database.exec("UPDATE sm SET CreationDateTime = CreationDateTime - " + millis
                    + ", DeletionDateTime = DeletionDateTime - " + millis);
            database.exec("UPDATE ss SET CreationDateTime = CreationDateTime - " + millis
                    + ", DeletionDateTime = DeletionDateTime - " + millis);
            database.exec("UPDATE us SET CreationDateTime = CreationDateTime - " + millis);
        } catch (SQLiteException failure) {
            throw new IllegalStateException("Cannot age the stream in " + dataDirectory.resolve(DATABASE), failure);
        } finally {
            database.dispose();
        }
    }
}

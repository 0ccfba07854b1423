package com.example.orders.localruntime;

import com.example.orders.localaws.OwnedTemporaryFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a run of the platform keeps its files: the data directory when there is one (kept), else
 * a temporary directory removed when the platform stops. It holds the platform log and, unless
 * {@code --outbox} says otherwise, the outbox of sent emails.
 */
public record PlatformWorkspace(Path directory, boolean temporary, Optional<Path> outboxOption) {

    public static PlatformWorkspace of(PlatformOptions options) {
        Optional<Path> data = options.dataDirectory();
        if (data.isPresent()) {
            return new PlatformWorkspace(data.get(), false, options.outbox());
        }
        return new PlatformWorkspace(OwnedTemporaryFiles.directory("orders-platform"), true, options.outbox());
    }

    public Path outbox() {
        return outboxOption.orElse(directory.resolve("outbox"));
    }

    public Path log() {
        return directory.resolve("platform.log");
    }

    /** Removes the directory if it is temporary; a data directory stays. */
    public void removeIfTemporary() {
        if (!temporary) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot remove " + directory, failure);
        }
    }
}

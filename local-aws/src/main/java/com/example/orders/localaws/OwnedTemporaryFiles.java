package com.example.orders.localaws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Temporary files and directories named after the process that owns them
 * ({@code <kind>-<pid>-<random>}), so that the next start can remove what a process killed with
 * SIGKILL left behind: deleteOnExit and shutdown hooks never run then. A file whose owner is still
 * alive is left alone, whoever started it.
 */
public final class OwnedTemporaryFiles {

    private static final Path TEMPORARY = Path.of(System.getProperty("java.io.tmpdir"));

    private OwnedTemporaryFiles() {
    }

    /** A new temporary file of {@code kind}, owned by this process, deleted at its exit if it ends normally. */
    public static Path file(String kind, String suffix) {
        sweep(kind);
        try {
            Path file = Files.createTempFile(TEMPORARY, prefix(kind), suffix);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot create a temporary file for " + kind, failure);
        }
    }

    /** A new temporary directory of {@code kind}, owned by this process; its owner removes it. */
    public static Path directory(String kind) {
        sweep(kind);
        try {
            return Files.createTempDirectory(TEMPORARY, prefix(kind));
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot create a temporary directory for " + kind, failure);
        }
    }

    /** Removes every temporary file or directory of {@code kind} whose owning process has ended; answers how many. */
    public static int sweep(String kind) {
        Pattern owned = Pattern.compile(Pattern.quote(kind) + "-(\\d+)-.*");
        int removed = 0;
        try (Stream<Path> entries = Files.list(TEMPORARY)) {
            for (Path entry : entries.toList()) {
                Matcher name = owned.matcher(entry.getFileName().toString());
                if (name.matches() && !alive(Long.parseLong(name.group(1)))) {
                    removeQuietly(entry);
                    removed++;
                }
            }
        } catch (IOException | UncheckedIOException unreadable) {
            // A temporary directory that cannot be listed is not ours to clean.
        }
        return removed;
    }

    static String prefix(String kind) {
        return kind + "-" + ProcessHandle.current().pid() + "-";
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void removeQuietly(Path entry) {
        try (Stream<Path> files = Files.walk(entry)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException inUse) {
            // Another sweeper got there first, or a file is held open; the next start tries again.
        }
    }
}

package com.example.orders.localaws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OwnedTemporaryFilesTest {

    /** A PID above Linux's pid_max, so never a live process. */
    private static final long ENDED = 4_999_999_999L;
    private static final String KIND = "owned-files-test";

    private final Path temporary = Path.of(System.getProperty("java.io.tmpdir"));

    @AfterEach
    void removeLeftovers() {
        OwnedTemporaryFiles.sweep(KIND);
    }

    @Test
    void aDirectoryLeftByAnEndedProcessIsRemovedAtTheNextStart() throws IOException {
        Path left = Files.createDirectories(temporary.resolve(KIND + "-" + ENDED + "-123").resolve("outbox"));
        Files.writeString(left.resolve("email.txt"), "left behind by kill -9");

        OwnedTemporaryFiles.directory(KIND);

        assertThat(left.getParent()).doesNotExist();
    }

    @Test
    void aFileOfALiveProcessIsLeftAlone() {
        Path mine = OwnedTemporaryFiles.file(KIND, ".log");

        OwnedTemporaryFiles.sweep(KIND);

        assertThat(mine).exists();
    }

    @Test
    void theNameCarriesTheOwnersProcessId() {
        assertThat(OwnedTemporaryFiles.file(KIND, ".log").getFileName().toString())
                .startsWith(KIND + "-" + ProcessHandle.current().pid() + "-");
    }
}

package com.example.orders.localaws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class MotoServerIT {

    @Test
    @Timeout(60)
    void serverStopsWhenTheJvmThatStartedItIsKilled() throws IOException, InterruptedException {
        Process jvm = ChildJvm.start(ChildJvm.of(MotoHostJvm.class, Map.of())
                .redirectError(ProcessBuilder.Redirect.DISCARD));
        ProcessHandle moto;
        try (BufferedReader output = jvm.inputReader()) {
            moto = ProcessHandle.of(Long.parseLong(output.readLine())).orElseThrow();
        } finally {
            // SIGKILL: no shutdown hook runs, only the kernel closes the JVM's end of moto's stdin.
            jvm.destroyForcibly().waitFor();
        }

        assertThat(moto.onExit()).succeedsWithin(Duration.ofSeconds(10));
    }

    @Test
    void pythonWithoutMotoFailsWithTheInstallHint() {
        // -S leaves out site-packages, where moto is installed.
        assertThatIllegalStateException()
                .isThrownBy(() -> MotoServer.start(List.of("python3", "-S")).close())
                .withMessageContaining("pip install -r requirements-dev.txt");
    }

    @Test
    void missingPythonFailsWithTheInstallHint() {
        assertThatIllegalStateException()
                .isThrownBy(() -> MotoServer.start(List.of("no-such-python-3")).close())
                .withMessageContaining("pip install -r requirements-dev.txt");
    }
}

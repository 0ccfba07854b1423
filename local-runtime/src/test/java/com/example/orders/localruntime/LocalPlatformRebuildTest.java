package com.example.orders.localruntime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code bin/local-platform} builds only when a file the platform is built from changed since its
 * last build. The script runs as written, in a checkout whose {@code mvnw} and JDK are stand-ins
 * that record a build and start nothing.
 */
class LocalPlatformRebuildTest {

    private static final Path REPOSITORY = Path.of(System.getProperty("orders.repoRoot", ".."));
    private static final String STAMP = "local-runtime/target/local-platform.built";

    @TempDir
    private Path directory;
    private Path checkout;
    private Path jdk;

    @BeforeEach
    void aCheckoutBuiltOnce() throws Exception {
        checkout = Files.createDirectories(directory.resolve("checkout"));
        copyScript("bin/local-platform");
        copyScript("bin/java-home.sh");
        script(checkout.resolve("mvnw"), """
                #!/usr/bin/env bash
                echo build >> builds.log
                mkdir -p local-runtime/target
                touch local-runtime/target/local-runtime.jar local-runtime/target/runtime-classpath.txt
                """);
        jdk = Files.createDirectories(directory.resolve("jdk/bin")).getParent();
        script(jdk.resolve("bin/java"), """
                #!/usr/bin/env bash
                case "$*" in *-version*) echo '    java.specification.version = 25' >&2 ;; esac
                """);
        script(jdk.resolve("bin/javac"), "#!/usr/bin/env bash\n");
        write("order-core/src/main/java/Order.java", "class Order {}");
        write("order-core/src/test/java/OrderTest.java", "class OrderTest {}");
        write("examples/orders-page/app.js", "");
        write("docs/decisions/0099-a-decision.txt", "");

        start();
    }

    @Test
    void aStartWithNothingChangedBuildsNothing() throws Exception {
        start();

        assertThat(builds()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"order-core/src/test/java/OrderTest.java", "examples/orders-page/app.js",
        "docs/decisions/0099-a-decision.txt"})
    void aChangedFileThePlatformIsNotBuiltFromBuildsNothing(String path) throws Exception {
        changedSinceTheBuild(path);

        start();

        assertThat(builds()).isEqualTo(1);
    }

    @Test
    void aChangedSourceIsBuiltBeforeTheStart() throws Exception {
        changedSinceTheBuild("order-core/src/main/java/Order.java");

        start();

        assertThat(builds()).isEqualTo(2);
    }

    private void start() throws IOException, InterruptedException {
        var process = new ProcessBuilder("bash", checkout.resolve("bin/local-platform").toString())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("start.log").toFile());
        process.environment().put("JAVA_HOME", jdk.toString());
        Process started = process.start();
        assertThat(started.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(started.exitValue()).as(Files.readString(directory.resolve("start.log"))).isZero();
    }

    private int builds() throws IOException {
        return Files.readAllLines(checkout.resolve("builds.log")).size();
    }

    private void changedSinceTheBuild(String path) throws IOException {
        FileTime built = Files.getLastModifiedTime(checkout.resolve(STAMP));
        Files.setLastModifiedTime(checkout.resolve(path), FileTime.from(built.toInstant().plus(Duration.ofSeconds(5))));
    }

    private void copyScript(String path) throws IOException {
        Path target = checkout.resolve(path);
        Files.createDirectories(target.getParent());
        Files.copy(REPOSITORY.resolve(path), target, StandardCopyOption.COPY_ATTRIBUTES);
    }

    private void write(String path, String content) throws IOException {
        Path file = checkout.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        // Older than the first build, as sources are when a checkout has been built.
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    }

    private static void script(Path file, String content) throws IOException {
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}

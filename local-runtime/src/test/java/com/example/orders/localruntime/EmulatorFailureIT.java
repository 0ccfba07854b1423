package com.example.orders.localruntime;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.localaws.AwsService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A platform whose moto dies hears of it at once, instead of sending every later notification to a dead port. */
class EmulatorFailureIT {

    /** The platform's own moto, told from any other in this JVM (the other tests' shared one) by its port. */
    private static ProcessHandle motoOf(LocalPlatform platform) {
        String port = Integer.toString(platform.aws().endpoint(AwsService.SNS).getPort());
        return ProcessHandle.current().descendants()
                .filter(child -> {
                    List<String> arguments = child.info().arguments().map(List::of).orElse(List.of());
                    int flag = arguments.indexOf("-p");
                    return arguments.stream().anyMatch(argument -> argument.contains("moto.server"))
                            && flag >= 0 && flag + 1 < arguments.size() && arguments.get(flag + 1).equals(port);
                })
                .findFirst().orElseThrow(() -> new AssertionError("no moto_server on port " + port + " among this JVM's children"));
    }

    @Test
    void aMotoThatDiesStopsThePlatformWithAMessageNamingIt() {
        try (var platform = LocalPlatform.start(PlatformOptions.parse(List.of("--port", "0"), Map.of()), line -> { })) {
            motoOf(platform).destroyForcibly();

            assertThat(platform.emulatorFailure()).succeedsWithin(Duration.ofSeconds(10)).asString()
                    .contains("moto_server (SNS and SES) exited unexpectedly");
        }
    }
}

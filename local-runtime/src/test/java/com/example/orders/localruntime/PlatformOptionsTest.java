package com.example.orders.localruntime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlatformOptionsTest {

    /** An option and its variable in {@code --help}: {@code   --port N    LOCAL_PORT    Port on ...}. */
    private static final Pattern HELP_LINE =
            Pattern.compile("(?m)^ +(?:-\\w, )?(--[a-z-]+)(?: [A-Za-z|]+)? +([A-Z][A-Z_]+(?:=true)?) ");

    /** An option and its variable in README's table: {@code | `--port N` | `LOCAL_PORT` | 3000 |}. */
    private static final Pattern README_TABLE_ROW = Pattern.compile("(?m)^\\| `(--[a-z-]+)[^`]*` \\| `([A-Z_]+(?:=true)?)` \\|");

    @Test
    void withoutOptionsItServesPort3000InMemoryWithTheApiStacksThrottle() {
        var options = PlatformOptions.parse(List.of(), Map.of());

        assertThat(options.port()).isEqualTo(3000);
        assertThat(options.dataDirectory()).isEmpty();
        assertThat(options.corsOrigins()).isEqualTo("http://localhost:5173,http://127.0.0.1:5173");
        assertThat(options.rateLimit()).isEmpty();
        assertThat(options.burstLimit()).isEmpty();
    }

    @Test
    void withoutAnApiKeyARandomOneOf40CharactersIsGenerated() {
        var first = PlatformOptions.parse(List.of(), Map.of());
        var second = PlatformOptions.parse(List.of(), Map.of());

        assertThat(first.apiKey()).hasSize(40).isNotEqualTo(second.apiKey());
    }

    @Test
    void environmentVariablesSetWhatOptionsDo() {
        var options = PlatformOptions.parse(List.of(), Map.of(
                "LOCAL_API_KEY", "from-env", "CORS_ALLOWED_ORIGINS", "https://a.example", "LOCAL_DATA_DIR", "data"));

        assertThat(options.apiKey()).isEqualTo("from-env");
        assertThat(options.corsOrigins()).isEqualTo("https://a.example");
        assertThat(options.dataDirectory()).hasValue(Path.of("data"));
    }

    @Test
    void anOptionWinsOverItsEnvironmentVariable() {
        var options = PlatformOptions.parse(List.of("--api-key", "from-args"), Map.of("LOCAL_API_KEY", "from-env"));

        assertThat(options.apiKey()).isEqualTo("from-args");
    }

    @Test
    void optionsMayBeWrittenWithAnEqualsSign() {
        var options = PlatformOptions.parse(List.of("--port=8080", "--rate-limit=5", "--burst-limit=10"), Map.of());

        assertThat(options.port()).isEqualTo(8080);
        assertThat(options.rateLimit()).hasValue("5");
        assertThat(options.burstLimit()).hasValue("10");
    }

    @Test
    void anUnknownOptionIsRefusedByName() {
        assertThatThrownBy(() -> PlatformOptions.parse(List.of("--prot", "80"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--prot");
    }

    @Test
    void aPortThatIsNotANumberIsRefusedByName() {
        assertThatThrownBy(() -> PlatformOptions.parse(List.of("--port", "eighty"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--port");
    }

    @Test
    void helpIsRecognisedAndListsEveryOption() {
        assertThat(PlatformOptions.parse(List.of("--help"), Map.of()).help()).isTrue();
        assertThat(PlatformOptions.usage()).contains("--port", "--api-key", "--cors-origins", "--data-dir",
                "--rate-limit", "--burst-limit", "--outbox", "--retry-delay");
    }

    @Test
    void theHelpNamesTheDeployedScheduleRateAsTheReconcilersDefault() {
        assertThat(PlatformOptions.usage())
                .contains("the deployed schedule's rate, " + ProcessingPipeline.deployedReconcileRate().toSeconds() + ")");
    }

    @Test
    void readmesOptionsTableListsExactlyTheOptionsAndVariablesTheHelpPrints() throws IOException {
        String readme = Files.readString(repositoryFile("README.md"));

        Map<String, String> help = pairs(HELP_LINE, PlatformOptions.usage());

        assertThat(help).containsEntry("--port", "LOCAL_PORT").containsEntry("--verbose", "LOCAL_VERBOSE=true");
        assertThat(pairs(README_TABLE_ROW, readme)).isEqualTo(help);
    }

    @Test
    void theDefaultOriginsAreTheFrontendDevServersTheDevStageAllows() throws IOException {
        List<String> devParameters = Files.readAllLines(repositoryFile("cloudformation/parameters/dev.params"));

        assertThat(devParameters).contains("CorsAllowedOrigins=" + PlatformOptions.parse(List.of(), Map.of()).corsOrigins());
    }

    private static Map<String, String> pairs(Pattern pattern, String text) {
        return pattern.matcher(text).results().collect(Collectors.toMap(match -> match.group(1), match -> match.group(2)));
    }

    private static Path repositoryFile(String path) {
        return Path.of(System.getProperty("orders.repoRoot", "..")).resolve(path);
    }
}

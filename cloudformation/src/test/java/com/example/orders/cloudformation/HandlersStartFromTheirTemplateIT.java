package com.example.orders.cloudformation;

import static org.assertj.core.api.Assertions.assertThatCode;

import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each handler starts with exactly the environment its template gives it, with the stage's
 * resources behind it as CloudFormation would create them: a setting the code requires and the
 * template lacks would fail every cold start. Initialisation reads the cursor secret, so the
 * template's secret exists here, in Secrets Manager, with a value like the one it generates.
 */
@LocalAwsTest
class HandlersStartFromTheirTemplateIT {

    /** What {@code GenerateSecretString} makes of the template's settings: 64 letters and digits. */
    private static final String GENERATED_SECRET = "Ab3".repeat(21) + "x";

    private static Map<String, String> resources;
    private static Map<String, String> awsEnvironment;

    static List<DeployedFunction> deployedFunctions() {
        return DeployedFunction.all();
    }

    @BeforeAll
    static void createTheStagesSecret(LocalAws aws) {
        String arn = aws.clients().secretsManager().createSecret(request -> request
                .name("test-orders-cursor-secret-" + UUID.randomUUID()).secretString(GENERATED_SECRET)).arn();
        resources = Map.of("CursorSecret", arn);
        awsEnvironment = aws.environment();
    }

    @ParameterizedTest
    @MethodSource("deployedFunctions")
    void handlerStartsWithTheEnvironmentItsTemplateGivesIt(DeployedFunction function) {
        Map<String, String> environment = new HashMap<>(LambdaRuntime.ENVIRONMENT);
        environment.putAll(awsEnvironment);
        function.environment().forEach((name, value) ->
                environment.put(name, SampleParameters.resolve(value, function.declaringTemplate(), resources)));
        assertThatCode(() -> Class.forName(function.handlerClass()).getConstructor(Map.class).newInstance(environment))
                .as(function.toString())
                .doesNotThrowAnyException();
    }
}

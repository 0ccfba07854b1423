package com.example.orders.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The root stack nests the other templates by the relative paths `aws cloudformation package` uploads. */
class RootTemplateTest {

    private final JsonNode template = Templates.load("root.yaml");

    @Test
    void everyNestedStackPointsAtATemplateInThisModule() {
        assertThat(Templates.resourcesOfType(template, "AWS::CloudFormation::Stack"))
                .isNotEmpty()
                .allSatisfy(stack -> assertThat(Templates.repoRoot()
                                .resolve("cloudformation/templates")
                                .resolve(stack.path("Properties").path("TemplateURL").asText()))
                        .satisfies(path -> assertThat(Files.isRegularFile(path)).as(path.toString()).isTrue()));
    }

    @Test
    void messagingStackReadsTheOrdersStreamOfTheDataStack() {
        JsonNode streamArn = template.path("Resources").path("MessagingStack").path("Properties")
                .path("Parameters").path("OrdersStreamArn").path("Fn::GetAtt");
        assertThat(streamArn.path(0).asText()).isEqualTo("DataStack");
        assertThat(streamArn.path(1).asText()).isEqualTo("Outputs.OrdersStreamArn");
    }

    @Test
    void observabilityStackWatchesTheQueuesOfTheMessagingStack() {
        JsonNode parameters = template.path("Resources").path("ObservabilityStack").path("Properties")
                .path("Parameters");
        for (String queue : new String[] {"ProcessingQueueName", "DeadLetterQueueName"}) {
            JsonNode name = parameters.path(queue).path("Fn::GetAtt");
            assertThat(name.path(0).asText()).as(queue).isEqualTo("MessagingStack");
            assertThat(name.path(1).asText()).as(queue).isEqualTo("Outputs." + queue);
        }
    }
}

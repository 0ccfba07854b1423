package com.example.orders.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.core.http.ApiJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The definition and the Java tasks it drives agree on names. */
class WorkflowDefinitionTest {

    private static JsonNode definition() throws IOException {
        try (InputStream in = WorkflowDefinitionTest.class.getResourceAsStream("/order-workflow.asl.json")) {
            return ApiJson.mapper().readTree(in);
        }
    }

    private static List<JsonNode> taskStates() throws IOException {
        var tasks = new ArrayList<JsonNode>();
        definition().get("States").forEach(state -> {
            if ("Task".equals(state.get("Type").asText())) {
                tasks.add(state);
            }
        });
        return tasks;
    }

    @Test
    void everyTaskStateNamesATaskTheHandlerRuns() throws IOException {
        assertThat(taskStates()).allSatisfy(state ->
                assertThat(OrderWorkflowTasks.TASKS).contains(state.get("Parameters").get("task").asText()));
    }

    @Test
    void everyNamedErrorIsAnExceptionTheTasksThrow() throws IOException {
        var names = new ArrayList<String>();
        definition().findValues("ErrorEquals").forEach(list -> list.forEach(name -> names.add(name.asText())));
        assertThat(names.stream().filter(name -> name.startsWith("com.example.")))
                .isNotEmpty()
                .allSatisfy(name -> assertThat(Class.forName(name)).isAssignableTo(RuntimeException.class));
    }

    @Test
    void everyTaskRetriesTransientErrorsWithBackoffAndJitter() throws IOException {
        assertThat(taskStates()).allSatisfy(state -> {
            JsonNode retry = state.get("Retry").get(0);
            assertThat(retry.get("ErrorEquals").toString()).contains(TransientTaskException.class.getName());
            assertThat(retry.get("BackoffRate").asDouble()).isGreaterThan(1.0);
            assertThat(retry.get("JitterStrategy").asText()).isEqualTo("FULL");
        });
    }

    @Test
    void everyTaskInvokesTheSubstitutedFunction() throws IOException {
        assertThat(taskStates()).extracting(state -> state.get("Resource").asText())
                .containsOnly("${OrderWorkflowTasksFunctionArn}");
    }
}

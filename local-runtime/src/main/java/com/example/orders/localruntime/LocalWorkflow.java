package com.example.orders.localruntime;

import com.example.orders.definitions.ResourceEnvironment;
import com.example.orders.localaws.AwsService;
import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.PlatformResources;
import com.example.orders.localaws.stepfunctions.DefinitionSubstitutions;
import com.example.orders.localaws.stepfunctions.LocalStateMachine;
import com.example.orders.localaws.stepfunctions.LocalStepFunctionsService;
import com.example.orders.workflow.OrderWorkflowTasks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The order workflow on this machine: the same definition file CloudFormation deploys, run by
 * a local Step Functions endpoint whose Task states invoke the real task handler. The processor
 * is pointed at this endpoint, so its StartExecution (one per order id) runs the workflow.
 */
public final class LocalWorkflow implements AutoCloseable {

    public static final String STATE_MACHINE_ARN = "arn:aws:states:us-east-1:000000000000:stateMachine:order-workflow";
    static final String TASKS_FUNCTION_ARN = "arn:aws:lambda:us-east-1:000000000000:function:order-workflow-tasks";
    private static final String DEFINITION = "/order-workflow.asl.json";

    private final LocalStepFunctionsService service;

    private LocalWorkflow(LocalStepFunctionsService service) {
        this.service = service;
    }

    public static LocalWorkflow start(LocalAws aws, PlatformResources resources) {
        var environment = new LinkedHashMap<String, String>();
        environment.putAll(aws.environment());
        environment.putAll(resources.environment());
        environment.put("POWERTOOLS_SERVICE_NAME", "order-workflow");
        var tasks = new OrderWorkflowTasks(environment);
        var service = LocalStepFunctionsService.start();
        service.register(STATE_MACHINE_ARN, new LocalStateMachine(definition(),
                new DefinitionSubstitutions(Map.of("OrderWorkflowTasksFunctionArn", TASKS_FUNCTION_ARN)),
                (arn, input) -> tasks.handleRequest(input, null)));
        return new LocalWorkflow(service);
    }

    public URI endpoint() {
        return service.endpoint();
    }

    /** What the processor needs to hand orders to this workflow. */
    public Map<String, String> processorSettings() {
        return Map.of(
                AwsService.SFN.endpointVariables().getFirst(), endpoint().toString(),
                ResourceEnvironment.WORKFLOW_STATE_MACHINE_ARN, STATE_MACHINE_ARN);
    }

    @Override
    public void close() {
        service.close();
    }

    private static String definition() {
        try (InputStream in = LocalWorkflow.class.getResourceAsStream(DEFINITION)) {
            if (in == null) {
                throw new IllegalStateException(DEFINITION + " is not on the classpath (module order-workflow)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

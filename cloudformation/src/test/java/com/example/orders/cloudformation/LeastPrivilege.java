package com.example.orders.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A function's role against the calls its code makes: every call is allowed by a statement (and
 * denied by none), and every action a statement allows on a resource is one the code calls there,
 * or one AWS calls with the role on the function's behalf.
 */
final class LeastPrivilege {

    /** Actions that AWS, not the function's code, performs with the function's role, and who does. */
    static final Map<String, String> CALLED_FOR_THE_FUNCTION = Map.of(
            "logs:CreateLogStream", "the Lambda runtime, writing the function's logs",
            "logs:PutLogEvents", "the Lambda runtime, writing the function's logs",
            "xray:PutTraceSegments", "Lambda's active tracing",
            "xray:PutTelemetryRecords", "Lambda's active tracing",
            "sqs:ReceiveMessage", "the queue's event source mapping, polling for the function",
            "sqs:DeleteMessage", "the queue's event source mapping, deleting what the function processed",
            "sqs:GetQueueAttributes", "the queue's event source mapping",
            "sqs:ChangeMessageVisibility", "the queue's event source mapping, returning the batch's failures",
            "kms:Decrypt", "SQS and SNS, decrypting or encrypting with the messaging key for the function",
            "kms:GenerateDataKey", "SQS and SNS, encrypting with the messaging key for the function");

    record Allowed(ObservedCall call, RoleStatement statement) {}

    record Report(DeployedFunction function, String role, List<Allowed> allowed, List<ObservedCall> notAllowed,
            List<String> calledForTheFunction, List<String> neverCalled) {

        boolean holds() {
            return notAllowed.isEmpty() && neverCalled.isEmpty();
        }

        String text() {
            StringBuilder text = new StringBuilder("%s (role %s)%n".formatted(function, role));
            allowed.forEach(line -> text.append("  %s%s%n      allowed by %s%n".formatted(line.call(),
                    line.call().action().endsWith(":" + line.call().seenAs()) ? "" : " (in " + line.call().seenAs() + ")",
                    line.statement())));
            calledForTheFunction.forEach(line -> text.append("  (AWS) ").append(line).append('\n'));
            notAllowed.forEach(call -> text.append("  NOT ALLOWED: ").append(call).append('\n'));
            neverCalled.forEach(grant -> text.append("  NEVER CALLED: ").append(grant).append('\n'));
            return text.toString();
        }
    }

    private LeastPrivilege() {}

    static Report check(DeployedFunction function, Collection<ObservedCall> calls) {
        String role = function.properties().path("Role").path("Fn::GetAtt").path(0).asText();
        List<RoleStatement> statements = RoleStatement.of(function.declaringTemplate(), role);
        List<Allowed> allowed = new ArrayList<>();
        List<ObservedCall> notAllowed = new ArrayList<>();
        for (ObservedCall call : calls) {
            boolean denied = statements.stream().anyMatch(statement -> !statement.allow() && statement.matches(call));
            Optional<RoleStatement> grant = statements.stream().filter(RoleStatement::allow).filter(s -> s.matches(call)).findFirst();
            if (grant.isPresent() && !denied) {
                allowed.add(new Allowed(call, grant.get()));
            } else {
                notAllowed.add(call);
            }
        }
        List<String> forTheFunction = new ArrayList<>();
        List<String> neverCalled = new ArrayList<>();
        List<String> destinations = onFailureDestinations(function);
        for (RoleStatement statement : statements) {
            if (!statement.allow()) {
                continue;
            }
            for (String action : statement.actions()) {
                for (String resource : statement.resources()) {
                    var grant = new RoleStatement(statement.policy(), statement.index(), true, List.of(action), List.of(resource));
                    // On "*", only a call without an ARN uses the grant; one with an ARN has a grant of its own.
                    boolean called = calls.stream().anyMatch(call -> grant.matches(call) && (!resource.equals("*") || call.hasNoArn()));
                    String described = action + " on " + resource + " (" + statement.policy() + " statement " + statement.index() + ")";
                    if (called) {
                        continue;
                    }
                    if (CALLED_FOR_THE_FUNCTION.containsKey(action)) {
                        forTheFunction.add(described + ": " + CALLED_FOR_THE_FUNCTION.get(action));
                    } else if (action.equals("sqs:SendMessage") && destinations.contains(resource)) {
                        forTheFunction.add(described + ": Lambda, sending what it gave up on to the on-failure destination");
                    } else {
                        neverCalled.add(described);
                    }
                }
            }
        }
        return new Report(function, role, allowed, notAllowed, forTheFunction, neverCalled);
    }

    /** Where Lambda sends the function's failed asynchronous invocations, resolved for the sample stage. */
    private static List<String> onFailureDestinations(DeployedFunction function) {
        StackValues values = new StackValues(function.declaringTemplate());
        List<String> destinations = new ArrayList<>();
        function.declaringTemplate().path("Resources").forEach(resource -> {
            JsonNode properties = resource.path("Properties");
            if (resource.path("Type").asText().equals("AWS::Lambda::EventInvokeConfig")
                    && properties.path("FunctionName").path("Ref").asText().equals(function.logicalId())) {
                JsonNode destination = properties.path("DestinationConfig").path("OnFailure").path("Destination");
                if (!destination.isMissingNode()) {
                    destinations.add(values.resolve(destination));
                }
            }
        });
        return destinations;
    }
}

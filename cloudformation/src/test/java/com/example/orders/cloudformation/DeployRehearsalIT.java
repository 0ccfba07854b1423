package com.example.orders.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.orders.localaws.LocalAws;
import com.example.orders.localaws.LocalAwsTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A deploy rehearsal in moto's CloudFormation: the stage is packaged as bin/deploy packages it
 * (into moto's S3), then every nested template is deployed as a stack of its own, in the root
 * stack's order, with the parameters the root stack would give it: the stage's parameter file,
 * and the outputs of the stacks deployed before it (moto cannot resolve a nested stack's outputs,
 * so the root stack itself never completes there). Reports, per stack, what moto created and
 * what it skipped: target/rehearsal-STAGE.txt. Run by hand with {@code bin/deploy --rehearse}.
 */
@LocalAwsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeployRehearsalIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STAGE = System.getProperty("orders.rehearsalStage", "dev");
    private static final String BUCKET = "orders-rehearsal";
    private static final Duration STACK_TIMEOUT = Duration.ofMinutes(3);

    /**
     * The resource types of the templates that moto's CloudFormation does not implement: it skips
     * them, logging "No Moto CloudFormation support for TYPE". The rehearsal fails when one more is skipped, or when
     * one of these is created, so the list says exactly what the rehearsal does not cover.
     */
    static final Set<String> NOT_IN_MOTO = Set.of(
            "AWS::Pipes::Pipe",
            "AWS::Lambda::Alias",
            "AWS::Lambda::EventInvokeConfig",
            "AWS::SecretsManager::Secret",
            "AWS::Scheduler::Schedule",
            "AWS::SNS::Subscription",
            "AWS::CloudWatch::Alarm",
            "AWS::Logs::QueryDefinition",
            "AWS::ApiGateway::Account",
            "AWS::ApiGateway::ApiKey",
            "AWS::CloudFormation::WaitConditionHandle");

    private Map<String, String> environment;
    /** Outputs of resources left out of the rehearsal, given to later stacks as stand-ins. */
    private final Set<String> placeholders = new TreeSet<>();
    /** The outputs the rehearsal made because moto skips the aliases they name, by stack.output. */
    private final Map<String, String> aliasArns = new LinkedHashMap<>();
    private final Map<String, Deployed> stacks = new LinkedHashMap<>();

    /**
     * Resources moto's CloudFormation fails on although it implements their type. They are left
     * out of the rehearsal, with what needs them, and reported with the reason.
     */
    enum MotoGap {
        /** moto skips aliases, resolves a Ref to one to nothing, and fails with KeyError: 'FunctionName'. */
        ALIAS_REF("invokes an alias, which moto does not create") {
            @Override
            boolean applies(String logicalId, JsonNode resource, JsonNode template, Set<String> aliasArns) {
                String type = resource.path("Type").asText();
                String function = resource.path("Properties").path("FunctionName").path("Ref").asText();
                boolean aliasOfThisStack = template.path("Resources").path(function).path("Type").asText().equals("AWS::Lambda::Alias");
                boolean aliasOfAnother = aliasArns.contains(template.path("Parameters").path(function).path("RehearsalValue").asText());
                return (type.equals("AWS::Lambda::Permission") || type.equals("AWS::Lambda::EventSourceMapping"))
                        && (aliasOfThisStack || aliasOfAnother);
            }
        },
        /** moto ignores a RestApi's Body in CloudFormation, so a deployment finds no methods. */
        SPEC_API_DEPLOYMENT("moto's CloudFormation ignores a RestApi's Body: the API has no methods to deploy") {
            @Override
            boolean applies(String logicalId, JsonNode resource, JsonNode template, Set<String> aliasArns) {
                String api = resource.path("Properties").path("RestApiId").path("Ref").asText();
                return resource.path("Type").asText().equals("AWS::ApiGateway::Deployment")
                        && template.path("Resources").path(api).path("Properties").has("Body");
            }
        };

        final String reason;

        MotoGap(String reason) {
            this.reason = reason;
        }

        /** {@code aliasArns}: the alias ARNs the rehearsal made; a template's parameters carry their value as RehearsalValue. */
        abstract boolean applies(String logicalId, JsonNode resource, JsonNode template, Set<String> aliasArns);
    }

    /** A nested stack as moto deployed it: the resources it declares, those moto created, and why others were not. */
    record Deployed(String logicalId, String status, String reason, Map<String, String> declared, Set<String> created,
            Map<String, String> leftOut, Set<String> droppedOutputs, Map<String, String> outputs) {

        /** The resources moto silently skipped, by logical id, with their type. */
        Map<String, String> skipped() {
            Map<String, String> skipped = new TreeMap<>(declared);
            created.forEach(skipped::remove);
            leftOut.keySet().forEach(skipped::remove);
            return skipped;
        }
    }

    @BeforeAll
    void rehearseTheStage(LocalAws aws) throws Exception {
        environment = new HashMap<>(aws.environment());
        environment.put("AWS_DEFAULT_REGION", aws.region().id());
        aws("s3", "mb", "s3://" + BUCKET);
        Commands.run(environment, "bin/deploy", "--stage", STAGE, "--bucket", BUCKET, "--skip-build", "--package-only");
        JsonNode root = YamlDocuments.read(deployDirectory().resolve("packaged-" + STAGE + ".yaml"));
        Map<String, String> rootParameters = rootParameters(root);
        for (String logicalId : inDeploymentOrder(root)) {
            stacks.put(logicalId, deploy(logicalId, root.path("Resources").path(logicalId).path("Properties"), rootParameters));
        }
        Path report = deployDirectory().getParent().resolve("rehearsal-" + STAGE + ".txt");
        Files.writeString(report, report());
        System.out.println(report());
    }

    @Test
    void everyNestedStackIsCreated() {
        assertThat(stacks.keySet()).hasSize(Templates.NAMES.size() - 1);
        assertThat(stacks.values()).allSatisfy(stack ->
                assertThat(stack.status()).as(stack.logicalId() + ": " + stack.reason()).isEqualTo("CREATE_COMPLETE"));
    }

    @Test
    void motoCreatesEveryResourceOfATypeItImplements() {
        assertThat(stacks.values()).allSatisfy(stack -> assertThat(stack.skipped().values())
                .as("%s skipped %s", stack.logicalId(), stack.skipped())
                .allMatch(NOT_IN_MOTO::contains));
    }

    /** Each gap is still there: a moto that learns to create the resource makes the rehearsal cover it. */
    @Test
    void everyMotoGapStillApplies() {
        Set<String> reasons = new TreeSet<>();
        stacks.values().forEach(stack -> reasons.addAll(stack.leftOut().values()));
        for (MotoGap gap : MotoGap.values()) {
            assertThat(reasons).as(gap.name()).contains(gap.reason);
        }
    }

    @Test
    void everyTypeListedAsNotInMotoIsInTheTemplatesAndSkipped() {
        Set<String> skipped = new TreeSet<>();
        stacks.values().forEach(stack -> skipped.addAll(stack.skipped().values()));
        assertThat(skipped).containsExactlyInAnyOrderElementsOf(NOT_IN_MOTO);
    }

    private Deployed deploy(String logicalId, JsonNode nested, Map<String, String> rootParameters) throws Exception {
        URI location = URI.create(nested.path("TemplateURL").asText());
        String body = aws("s3", "cp", "s3://" + location.getPath().substring(1), "-");
        ObjectNode adapted = (ObjectNode) YamlDocuments.parse(body);
        JsonNode declaredOutputs = adapted.path("Outputs").deepCopy();
        Map<String, String> values = new LinkedHashMap<>();
        nested.path("Parameters").properties().forEach(parameter -> values.put(parameter.getKey(), value(parameter.getValue(), rootParameters)));
        values.forEach((name, value) -> ((ObjectNode) adapted.path("Parameters").path(name)).put("RehearsalValue", value));
        Map<String, String> leftOut = leaveOutWhatMotoCannotCreate(adapted, Set.copyOf(aliasArns.values()));
        adapted.path("Parameters").forEach(parameter -> ((ObjectNode) parameter).remove("RehearsalValue"));
        Path template = Files.createTempFile("rehearsal-" + logicalId, ".json");
        Files.writeString(template, JSON.writeValueAsString(adapted));
        List<String> command = new ArrayList<>(List.of("cloudformation", "create-stack", "--stack-name", stackName(logicalId),
                "--template-body", "file://" + template, "--capabilities", "CAPABILITY_IAM", "CAPABILITY_NAMED_IAM",
                "--parameters"));
        values.forEach((name, value) -> command.add("ParameterKey=%s,ParameterValue=%s".formatted(name, escaped(value))));
        aws(command.toArray(String[]::new));
        JsonNode described = awaitCompletion(logicalId);
        Map<String, String> outputs = new LinkedHashMap<>();
        described.path("Outputs").forEach(output -> outputs.put(output.path("OutputKey").asText(), output.path("OutputValue").asText()));
        Set<String> created = new LinkedHashSet<>();
        Map<String, String> physicalIds = new HashMap<>();
        JSON.readTree(aws("cloudformation", "list-stack-resources", "--stack-name", stackName(logicalId)))
                .path("StackResourceSummaries").forEach(resource -> {
                    if (resource.path("LogicalResourceId").asText().isEmpty()) {
                        // moto lists a blank entry for the resources it skipped.
                        return;
                    }
                    created.add(resource.path("LogicalResourceId").asText());
                    physicalIds.put(resource.path("LogicalResourceId").asText(), resource.path("PhysicalResourceId").asText());
                });
        // moto skips aliases and leaves out an output that is a Ref to one: it is the alias's ARN, which
        // the stacks after this one need, so it is made here as CloudFormation would give it.
        String[] stackArn = described.path("StackId").asText().split(":");
        adapted.path("Outputs").properties().forEach(output -> {
            JsonNode alias = adapted.path("Resources").path(output.getValue().path("Value").path("Ref").asText());
            if (!outputs.containsKey(output.getKey()) && alias.path("Type").asText().equals("AWS::Lambda::Alias")) {
                String function = physicalIds.get(alias.path("Properties").path("FunctionName").path("Ref").asText());
                String arn = "arn:aws:lambda:%s:%s:function:%s:%s".formatted(stackArn[3], stackArn[4], function,
                        alias.path("Properties").path("Name").asText());
                outputs.put(output.getKey(), arn);
                aliasArns.put(logicalId + "." + output.getKey(), arn);
            }
        });
        // Outputs moto could not give because they name a resource it skipped or the rehearsal left out.
        Set<String> droppedOutputs = new TreeSet<>();
        declaredOutputs.properties().forEach(output -> {
            boolean namesMissing = declaredOutputs.isMissingNode() ? false : YamlDocuments.parse(body).path("Resources").properties().stream()
                    .anyMatch(resource -> !created.contains(resource.getKey()) && refersTo(output.getValue(), resource.getKey()));
            if (!outputs.containsKey(output.getKey()) && namesMissing) {
                droppedOutputs.add(output.getKey());
            }
        });
        Map<String, String> declared = new TreeMap<>();
        YamlDocuments.parse(body).path("Resources").properties()
                .forEach(resource -> declared.put(resource.getKey(), resource.getValue().path("Type").asText()));
        Files.delete(template);
        return new Deployed(logicalId, described.path("StackStatus").asText(), described.path("StackStatusReason").asText(),
                declared, created, leftOut, droppedOutputs, outputs);
    }

    /**
     * Removes the resources of a {@link MotoGap}, then what refers to them, then the outputs that
     * name a removed resource; answers what was removed and why.
     */
    static Map<String, String> leaveOutWhatMotoCannotCreate(ObjectNode template, Set<String> aliasArns) {
        ObjectNode resources = (ObjectNode) template.path("Resources");
        Map<String, String> leftOut = new TreeMap<>();
        resources.properties().forEach(resource -> {
            for (MotoGap gap : MotoGap.values()) {
                if (gap.applies(resource.getKey(), resource.getValue(), template, aliasArns)) {
                    leftOut.put(resource.getKey(), gap.reason);
                }
            }
        });
        boolean more = true;
        while (more) {
            more = false;
            for (var resource : resources.properties()) {
                if (leftOut.containsKey(resource.getKey())) {
                    continue;
                }
                for (String removed : List.copyOf(leftOut.keySet())) {
                    if (refersTo(resource.getValue(), removed)) {
                        leftOut.put(resource.getKey(), "needs " + removed + ", left out");
                        more = true;
                        break;
                    }
                }
            }
        }
        leftOut.keySet().forEach(resources::remove);
        ObjectNode outputs = (ObjectNode) template.path("Outputs");
        if (!outputs.isMissingNode()) {
            List<String> dropped = new ArrayList<>();
            outputs.properties().forEach(output -> {
                if (leftOut.keySet().stream().anyMatch(removed -> refersTo(output.getValue(), removed))) {
                    dropped.add(output.getKey());
                }
            });
            dropped.forEach(outputs::remove);
        }
        return leftOut;
    }

    private static boolean refersTo(JsonNode node, String logicalId) {
        String text = node.toString();
        return text.contains("{\"Ref\":\"" + logicalId + "\"}") || text.contains("[\"" + logicalId + "\",")
                || text.contains("${" + logicalId + "}") || text.contains("${" + logicalId + ".")
                || text.contains("\"DependsOn\":\"" + logicalId + "\"") || node.path("DependsOn").toString().contains("\"" + logicalId + "\"");
    }

    private JsonNode awaitCompletion(String logicalId) throws Exception {
        long deadline = System.nanoTime() + STACK_TIMEOUT.toNanos();
        while (true) {
            JsonNode stack = JSON.readTree(aws("cloudformation", "describe-stacks", "--stack-name", stackName(logicalId)))
                    .path("Stacks").path(0);
            if (!stack.path("StackStatus").asText().endsWith("_IN_PROGRESS") || System.nanoTime() > deadline) {
                return stack;
            }
            Thread.sleep(200);
        }
    }

    /** A value of the root stack's Parameters for a nested stack: a Ref to the root's parameter, or an earlier stack's output. */
    private String value(JsonNode value, Map<String, String> rootParameters) {
        if (value.has("Ref")) {
            return rootParameters.get(value.get("Ref").asText());
        }
        JsonNode attribute = value.path("Fn::GetAtt");
        String output = attribute.path(1).asText().replaceFirst("^Outputs\\.", "");
        Deployed source = stacks.get(attribute.path(0).asText());
        if (source != null && source.droppedOutputs().contains(output)) {
            // The output names a resource left out of the rehearsal; what needs it gets a stand-in.
            placeholders.add(source.logicalId() + "." + output);
            return "rehearsal-" + output;
        }
        if (source == null || !source.outputs().containsKey(output)) {
            throw new AssertionError("No output " + attribute + " from the stacks deployed so far: " + stacks.keySet());
        }
        return source.outputs().get(output);
    }

    /** The stage's parameter file over the root template's defaults. */
    private static Map<String, String> rootParameters(JsonNode root) throws IOException {
        Map<String, String> parameters = new HashMap<>();
        root.path("Parameters").properties().forEach(parameter -> {
            if (parameter.getValue().has("Default")) {
                parameters.put(parameter.getKey(), parameter.getValue().get("Default").asText());
            }
        });
        Files.readAllLines(Templates.repoRoot().resolve("cloudformation/parameters/" + STAGE + ".params")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .forEach(line -> parameters.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
        return parameters;
    }

    /** The nested stacks, each after the stacks whose outputs it takes. */
    private static List<String> inDeploymentOrder(JsonNode root) {
        Map<String, Set<String>> needs = new LinkedHashMap<>();
        root.path("Resources").properties().stream()
                .filter(resource -> resource.getValue().path("Type").asText().equals("AWS::CloudFormation::Stack"))
                .forEach(resource -> {
                    Set<String> sources = new LinkedHashSet<>();
                    resource.getValue().path("Properties").path("Parameters").forEach(value -> {
                        if (value.has("Fn::GetAtt")) {
                            sources.add(value.get("Fn::GetAtt").get(0).asText());
                        }
                    });
                    needs.put(resource.getKey(), sources);
                });
        List<String> order = new ArrayList<>();
        while (order.size() < needs.size()) {
            int before = order.size();
            needs.forEach((stack, sources) -> {
                if (!order.contains(stack) && order.containsAll(sources)) {
                    order.add(stack);
                }
            });
            if (order.size() == before) {
                throw new AssertionError("The nested stacks' outputs form a cycle: " + needs);
            }
        }
        return order;
    }

    private String report() {
        StringBuilder text = new StringBuilder("Deploy rehearsal of stage " + STAGE + " in moto's CloudFormation\n");
        int created = 0;
        int skipped = 0;
        for (Deployed stack : stacks.values()) {
            Map<String, Integer> createdTypes = new TreeMap<>();
            stack.created().forEach(id -> createdTypes.merge(stack.declared().getOrDefault(id, "?"), 1, Integer::sum));
            text.append("\n%s (%s): %s%n".formatted(stack.logicalId(), stackName(stack.logicalId()), stack.status()));
            createdTypes.forEach((type, count) -> text.append("  created  %3d  %s%n".formatted(count, type)));
            stack.skipped().forEach((id, type) -> text.append("  skipped       %s %s (moto does not implement the type)%n".formatted(type, id)));
            stack.leftOut().forEach((id, why) -> text.append("  left out      %s %s (%s)%n".formatted(stack.declared().get(id), id, why)));
            created += stack.created().size();
            skipped += stack.skipped().size() + stack.leftOut().size();
        }
        if (!aliasArns.isEmpty()) {
            text.append("\nOutputs made by the rehearsal (an alias's ARN, as CloudFormation gives it): ")
                    .append(String.join(", ", aliasArns.keySet())).append('\n');
        }
        if (!placeholders.isEmpty()) {
            text.append("Stand-ins for outputs of resources left out: ").append(String.join(", ", placeholders)).append('\n');
        }
        return text.append("\n%d resources created, %d skipped or left out, in %d stacks%n".formatted(created, skipped, stacks.size())).toString();
    }

    private static String stackName(String logicalId) {
        return "rehearsal-" + STAGE + "-" + logicalId;
    }

    /** A value for the CLI's shorthand syntax: commas inside a value are escaped. */
    private static String escaped(String value) {
        return value.replace(",", "\\,");
    }

    private String aws(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("aws"));
        command.addAll(List.of(arguments));
        command.addAll(List.of("--output", "json"));
        return Commands.run(environment, command.toArray(String[]::new));
    }

    private static Path deployDirectory() {
        return Path.of(System.getProperty("orders.deployDirectory"));
    }
}

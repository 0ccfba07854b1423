package com.example.orders.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns cloudformation/templates/ into the templates that deploy, in one directory that
 * {@code aws cloudformation package} takes as it is. Three things only a build can do:
 *
 * <ul>
 *   <li>fill in what lives in files of its own, as a resource's {@code Metadata.Assembly} names
 *       them: the deploy spec (contract plus API Gateway overlay) as the RestApi's Body, the
 *       dashboard body and the saved queries of observability/, the pipe's filter and input
 *       template and the notifier's filter policy from platform-definitions, which the local
 *       runtime applies too, and the state machine definition copied
 *       next to its template, so each exists once;</li>
 *   <li>name each API deployment after a hash of its spec: CloudFormation never redeploys an
 *       unchanged Deployment resource, so a changed spec needs a new one;</li>
 *   <li>give each Lambda version the SHA-256 of its function's artifact, and a hash of the rest of
 *       the function's definition in its Description: a version is immutable, so new code or a
 *       new setting (memory, an environment literal) must replace it, or the alias would keep
 *       serving the old one.</li>
 * </ul>
 */
public final class TemplateAssembly {

    /** Every template of the root stack, in cloudformation/templates/. */
    public static final List<String> TEMPLATES = List.of(
            "root.yaml", "data.yaml", "messaging.yaml", "workflow.yaml", "functions.yaml", "api.yaml",
            "observability.yaml");

    static final String SOURCE_DIRECTORY = "cloudformation/templates";
    private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{([A-Za-z0-9]+)([.][^}]*)?}");

    private final Path repoRoot;
    private final Path outputDirectory;
    private final boolean requireArtifacts;
    private final Map<Path, Path> copies = new LinkedHashMap<>();

    /**
     * @param outputDirectory where the templates go, and where their relative paths (function code,
     *     copied files) resolve
     * @param requireArtifacts whether a function without its artifact in the output directory is an
     *     error (when building what deploys) or leaves its versions without a hash (in tests)
     */
    public TemplateAssembly(Path repoRoot, Path outputDirectory, boolean requireArtifacts) {
        this.repoRoot = repoRoot;
        this.outputDirectory = outputDirectory;
        this.requireArtifacts = requireArtifacts;
    }

    /**
     * Builds the deployable templates into {@code args[1]} from the repository at {@code args[0]}:
     * all of them, with their functions' artifacts, or only those named after that (the local
     * platform bundles api.yaml, which names no artifact).
     */
    public static void main(String[] args) {
        if (args.length < 2) {
            throw new IllegalArgumentException("Usage: TemplateAssembly <repository root> <output directory> [template ...]");
        }
        boolean all = args.length == 2;
        var assembly = new TemplateAssembly(Path.of(args[0]), Path.of(args[1]), all);
        assembly.write(all ? TEMPLATES : List.of(args).subList(2, args.length));
    }

    /** The deployable templates by file name, assembled in memory. */
    public Map<String, JsonNode> assembleAll() {
        Map<String, JsonNode> templates = new LinkedHashMap<>();
        for (String name : TEMPLATES) {
            templates.put(name, assemble(name));
        }
        return templates;
    }

    public JsonNode assemble(String name) {
        ObjectNode template = (ObjectNode) YamlDocuments.read(repoRoot.resolve(SOURCE_DIRECTORY).resolve(name));
        resources(template).forEach(this::applyDirectives);
        renameDeploymentsAfterTheirSpec(template);
        hashLambdaVersions(template);
        return template;
    }

    public void writeAll() {
        write(TEMPLATES);
    }

    private void write(List<String> names) {
        for (String name : names) {
            if (!TEMPLATES.contains(name)) {
                throw new IllegalArgumentException("No template " + name + "; the templates are " + TEMPLATES);
            }
            YamlDocuments.write(assemble(name), outputDirectory.resolve(name));
        }
        copies.forEach((source, target) -> {
            try {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException failure) {
                throw new UncheckedIOException("Cannot copy " + source, failure);
            }
        });
    }

    /**
     * Sets each property a directive names. A name may be a path into nested properties, with a
     * number for a list's element ({@code SourceParameters.FilterCriteria.Filters.0.Pattern}).
     */
    private void applyDirectives(String logicalId, ObjectNode resource) {
        JsonNode directives = resource.path("Metadata").path("Assembly");
        ObjectNode properties = resource.withObject("Properties");
        for (Map.Entry<String, JsonNode> directive : directives.properties()) {
            JsonNode value = produce(logicalId + "." + directive.getKey(), directive.getValue());
            List<String> path = List.of(directive.getKey().split("\\."));
            JsonNode parent = properties;
            for (int i = 0; i < path.size() - 1; i++) {
                parent = child(parent, path.get(i), path.get(i + 1).matches("[0-9]+"));
            }
            String last = path.getLast();
            if (parent instanceof ArrayNode list) {
                child(list, last, false);
                list.set(Integer.parseInt(last), value);
            } else {
                ((ObjectNode) parent).set(last, value);
            }
        }
    }

    /** The element {@code name} of {@code parent} (a field, or a list index), created when missing. */
    private static JsonNode child(JsonNode parent, String name, boolean list) {
        if (parent instanceof ArrayNode elements) {
            int index = Integer.parseInt(name);
            while (elements.size() <= index) {
                elements.addObject();
            }
            return elements.get(index);
        }
        ObjectNode object = (ObjectNode) parent;
        return list ? object.withArray(name) : object.withObject(name);
    }

    /** What one directive puts into a property. */
    private JsonNode produce(String where, JsonNode directive) {
        if (directive.has("DeploySpec")) {
            JsonNode spec = directive.get("DeploySpec");
            return DeploySpec.merge(file(spec.path("Contract")), file(spec.path("Overlay")));
        }
        if (directive.has("SubstitutedText")) {
            return JsonNodeFactory.instance.objectNode().put("Fn::Sub", text(file(directive.get("SubstitutedText"))));
        }
        if (directive.has("Text")) {
            return TextNode.valueOf(text(file(directive.get("Text"))));
        }
        if (directive.has("Json")) {
            return YamlDocuments.read(file(directive.get("Json")));
        }
        if (directive.has("CopiedFile")) {
            Path source = file(directive.get("CopiedFile"));
            copies.put(source, outputDirectory.resolve(source.getFileName()));
            return TextNode.valueOf(source.getFileName().toString());
        }
        throw new IllegalArgumentException("Unknown assembly directive at " + where + ": " + directive);
    }

    private Path file(JsonNode relativePath) {
        if (!relativePath.isTextual()) {
            throw new IllegalArgumentException("An assembly directive names a file by its path in the repository");
        }
        Path file = repoRoot.resolve(relativePath.asText());
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("An assembly directive names " + relativePath.asText() + ", which does not exist");
        }
        return file;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static void renameDeploymentsAfterTheirSpec(ObjectNode template) {
        for (String logicalId : List.copyOf(resourceIds(template, "AWS::ApiGateway::Deployment"))) {
            String api = template.path("Resources").path(logicalId).path("Properties").path("RestApiId").path("Ref").asText();
            JsonNode body = template.path("Resources").path(api).path("Properties").path("Body");
            if (body.isMissingNode()) {
                throw new IllegalArgumentException("Deployment " + logicalId + " deploys " + api + ", which has no Body");
            }
            String hash = HexFormat.of().formatHex(sha256(YamlDocuments.compactJson(body).getBytes(StandardCharsets.UTF_8)));
            rename(template, logicalId, logicalId + hash.substring(0, 12));
        }
    }

    private void hashLambdaVersions(ObjectNode template) {
        for (String logicalId : resourceIds(template, "AWS::Lambda::Version")) {
            ObjectNode properties = (ObjectNode) template.path("Resources").path(logicalId).path("Properties");
            String function = properties.path("FunctionName").path("Ref").asText();
            describeConfiguration(properties, template.path("Resources").path(function).path("Properties"));
            JsonNode code = template.path("Resources").path(function).path("Properties").path("Code");
            if (!code.isTextual()) {
                continue;
            }
            Path artifact = outputDirectory.resolve(code.asText());
            if (Files.isRegularFile(artifact)) {
                properties.put("CodeSha256", Base64.getEncoder().encodeToString(sha256(artifact)));
            } else if (requireArtifacts) {
                throw new IllegalStateException(function + "'s code " + artifact + " is missing; build the function modules first");
            }
        }
    }

    /**
     * Appends {@code config <hash>} to a version's Description, the hash of its function's
     * properties but the code (which CodeSha256 covers): changing any of them replaces the version.
     */
    private static void describeConfiguration(ObjectNode version, JsonNode function) {
        ObjectNode configuration = function.deepCopy();
        configuration.remove("Code");
        String hash = HexFormat.of().formatHex(sha256(YamlDocuments.compactJson(configuration).getBytes(StandardCharsets.UTF_8)));
        String suffix = "config " + hash.substring(0, 12);
        JsonNode description = version.path("Description");
        if (description.path("Fn::Sub").isTextual()) {
            ((ObjectNode) description).put("Fn::Sub", description.path("Fn::Sub").asText() + "; " + suffix);
        } else if (description.isTextual()) {
            version.put("Description", description.asText() + "; " + suffix);
        } else {
            version.put("Description", suffix);
        }
    }

    /** Renames a resource and every reference to it: Ref, Fn::GetAtt, DependsOn and Fn::Sub. */
    static void rename(ObjectNode template, String from, String to) {
        ObjectNode resources = (ObjectNode) template.get("Resources");
        var renamed = new LinkedHashMap<String, JsonNode>();
        resources.properties().forEach(entry -> renamed.put(entry.getKey().equals(from) ? to : entry.getKey(), entry.getValue()));
        resources.removeAll();
        renamed.forEach(resources::set);
        for (String section : List.of("Resources", "Outputs", "Conditions")) {
            JsonNode node = template.get(section);
            if (node != null) {
                replaceReferences(node, from, to);
            }
        }
    }

    private static void replaceReferences(JsonNode node, String from, String to) {
        if (node instanceof ArrayNode array) {
            array.forEach(element -> replaceReferences(element, from, to));
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        for (Map.Entry<String, JsonNode> entry : List.copyOf(object.properties())) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            if ((key.equals("Ref") || key.equals("DependsOn")) && value.isTextual() && value.asText().equals(from)) {
                object.put(key, to);
            } else if (key.equals("DependsOn") && value instanceof ArrayNode dependencies) {
                for (int i = 0; i < dependencies.size(); i++) {
                    if (dependencies.get(i).asText().equals(from)) {
                        dependencies.set(i, TextNode.valueOf(to));
                    }
                }
            } else if (key.equals("Fn::GetAtt") && value instanceof ArrayNode attribute && attribute.path(0).asText().equals(from)) {
                attribute.set(0, TextNode.valueOf(to));
            } else if (key.equals("Fn::Sub") && value.isTextual()) {
                object.put(key, replaceInSubstitutions(value.asText(), from, to));
            } else if (key.equals("Fn::Sub") && value instanceof ArrayNode sub && sub.path(0).isTextual()) {
                sub.set(0, TextNode.valueOf(replaceInSubstitutions(sub.path(0).asText(), from, to)));
                replaceReferences(sub.path(1), from, to);
            } else {
                replaceReferences(value, from, to);
            }
        }
    }

    private static String replaceInSubstitutions(String text, String from, String to) {
        Matcher substitution = SUBSTITUTION.matcher(text);
        return substitution.replaceAll(match -> Matcher.quoteReplacement(match.group(1).equals(from)
                ? "${" + to + (match.group(2) == null ? "" : match.group(2)) + "}"
                : match.group()));
    }

    private static Map<String, ObjectNode> resources(ObjectNode template) {
        Map<String, ObjectNode> resources = new LinkedHashMap<>();
        template.path("Resources").properties().forEach(entry -> resources.put(entry.getKey(), (ObjectNode) entry.getValue()));
        return resources;
    }

    private static List<String> resourceIds(JsonNode template, String type) {
        List<String> ids = new ArrayList<>();
        template.path("Resources").properties().forEach(entry -> {
            if (type.equals(entry.getValue().path("Type").asText())) {
                ids.add(entry.getKey());
            }
        });
        return ids;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    private static byte[] sha256(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}

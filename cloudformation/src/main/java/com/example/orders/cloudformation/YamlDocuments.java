package com.example.orders.cloudformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads and writes the YAML documents the assembly works on. Reading goes through SnakeYAML, which
 * resolves anchors, aliases and merge keys (the overlay uses them); templates are long-form YAML,
 * so every intrinsic function is a plain map key.
 */
public final class YamlDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                    .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR))
            .enable(SerializationFeature.INDENT_OUTPUT);

    private YamlDocuments() {}

    public static JsonNode read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot read " + file, failure);
        }
    }

    public static JsonNode parse(String yaml) {
        var options = new LoaderOptions();
        Object document = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
                new DumperOptions(), options, new CoreSchemaResolver()).load(yaml);
        return JSON.valueToTree(document);
    }

    /**
     * YAML 1.2's core schema, as CloudFormation and OpenAPI tools read YAML: only true and false
     * are booleans and nothing is a timestamp, so {@code NO} stays a country and a date a string.
     */
    private static final class CoreSchemaResolver extends Resolver {

        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
            addImplicitResolver(Tag.INT, Pattern.compile("^[-+]?[0-9]+$"), "-+0123456789");
            addImplicitResolver(Tag.FLOAT,
                    Pattern.compile("^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$"), "-+.0123456789");
            addImplicitResolver(Tag.MERGE, Pattern.compile("^<<$"), "<");
            addImplicitResolver(Tag.NULL, Pattern.compile("^(?:~|null|Null|NULL| )$"), "~nN\0");
            addImplicitResolver(Tag.NULL, Pattern.compile("^$"), null);
        }
    }

    public static void write(JsonNode document, Path file) {
        try {
            Files.createDirectories(file.getParent());
            YAML.writeValue(file.toFile(), document);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot write " + file, failure);
        }
    }

    /** Compact JSON with the document's key order, for hashing. */
    static String compactJson(JsonNode document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}

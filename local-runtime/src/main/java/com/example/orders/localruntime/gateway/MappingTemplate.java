package com.example.orders.localruntime.gateway;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.log.NullLogChute;
import org.apache.velocity.runtime.parser.ParseException;

/**
 * A mapping template of the deploy spec, rendered as API Gateway renders it: with Apache Velocity
 * 1.7, the engine API Gateway's VTL derives from, and the variables it documents ({@code $input},
 * {@code $context}, {@code $util}, {@code $stageVariables}). Parsed when the API is loaded, so a
 * template API Gateway could not run stops the local gateway from starting, naming the template.
 */
final class MappingTemplate {

    /** A VTL directive: API Gateway runs none in a gateway response's template, only substitutions. */
    private static final Pattern DIRECTIVE = Pattern.compile(
            "#(\\{?)(set|if|elseif|else|end|foreach|break|stop|macro|parse|include|define|evaluate)\\b");
    private static final RuntimeInstance VELOCITY = velocity();

    private final String name;
    private final String text;

    private MappingTemplate(String name, String text) {
        this.name = name;
        this.text = text;
    }

    /**
     * A template of an integration, as Velocity parses it.
     *
     * @throws IllegalArgumentException naming the template and where Velocity stopped
     */
    static MappingTemplate parse(String name, String text) {
        try {
            VELOCITY.parse(new StringReader(text), name);
        } catch (ParseException invalid) {
            throw new IllegalArgumentException("The mapping template " + name + " is not valid VTL: " + invalid.getMessage(), invalid);
        }
        return new MappingTemplate(name, text);
    }

    /**
     * A gateway response's template, in which API Gateway only substitutes variables.
     *
     * @throws IllegalArgumentException when it holds a directive, which API Gateway would send as it is
     */
    static MappingTemplate substitution(String name, String text) {
        if (DIRECTIVE.matcher(text).find()) {
            throw new IllegalArgumentException("The gateway response template " + name
                    + " holds a VTL directive, but API Gateway only substitutes variables in gateway responses");
        }
        return parse(name, text);
    }

    String render(Map<String, Object> variables) {
        var writer = new StringWriter();
        VELOCITY.evaluate(new VelocityContext(new java.util.HashMap<>(variables)), writer, name, text);
        return writer.toString();
    }

    String name() {
        return name;
    }

    String text() {
        return text;
    }

    private static RuntimeInstance velocity() {
        var velocity = new RuntimeInstance();
        // Velocity 1.7 would otherwise write velocity.log into the working directory.
        velocity.setProperty("runtime.log.logsystem.class", NullLogChute.class.getName());
        // As in API Gateway: an unknown reference renders as written ($!ref renders as nothing).
        velocity.setProperty("runtime.references.strict", "false");
        velocity.init();
        return velocity;
    }
}

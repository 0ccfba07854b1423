package com.example.orders.localaws.stepfunctions;

import com.example.orders.localaws.OwnedTemporaryFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts {@code run-execution.mjs} under node. The script ships on the classpath and is copied to a
 * temporary file, so it runs the same from tests, from a jar and from a running local platform; its
 * npm packages come from the repository root (the nearest directory, walking up from the working
 * directory, whose {@code node_modules} holds aws-local-stepfunctions).
 */
record NodeRunner(List<String> node, Path script, Path packagesRoot) {

    /** The node executable, with any arguments, separated by spaces. */
    static final String NODE_SETTING = "LOCAL_AWS_NODE";

    private static final String SCRIPT_RESOURCE = "/stepfunctions/run-execution.mjs";
    private static final String LIBRARY = "aws-local-stepfunctions";

    NodeRunner {
        node = List.copyOf(node);
    }

    static NodeRunner locate() {
        String configured = System.getenv(NODE_SETTING);
        String node = configured == null || configured.isBlank() ? "node" : configured.strip();
        return new NodeRunner(List.of(node.split("\\s+")), Script.COPY, packagesRoot(Path.of("").toAbsolutePath()));
    }

    /**
     * The runner reads its job from stdin and exits when stdin closes, so the caller keeps stdin
     * open until it has the outcome: the kernel closes it however this JVM ends, and node with it.
     */
    Process launch(Path stderr) {
        var command = new ArrayList<>(node);
        command.add(script.toString());
        var builder = new ProcessBuilder(command)
                .directory(packagesRoot.toFile())
                .redirectError(stderr.toFile());
        builder.environment().put("ORDERS_NODE_MODULES_ROOT", packagesRoot.toString());
        try {
            return builder.start();
        } catch (IOException failure) {
            throw new IllegalStateException("Cannot run " + String.join(" ", node)
                    + "; install node 20 or newer, or point " + NODE_SETTING + " at it", failure);
        }
    }

    private static Path packagesRoot(Path start) {
        for (Path directory = start; directory != null; directory = directory.getParent()) {
            if (Files.isRegularFile(directory.resolve("package.json"))
                    && Files.isDirectory(directory.resolve("node_modules").resolve(LIBRARY))) {
                return directory;
            }
        }
        throw new IllegalStateException("No node_modules with " + LIBRARY + " in " + start
                + " or above it: run `npm ci` at the repository root");
    }

    /** One copy of the script per JVM, made on first use. */
    private static final class Script {

        static final Path COPY = copy();

        private static Path copy() {
            try (InputStream script = NodeRunner.class.getResourceAsStream(SCRIPT_RESOURCE)) {
                if (script == null) {
                    throw new IllegalStateException(SCRIPT_RESOURCE + " is missing from the classpath");
                }
                Path copy = OwnedTemporaryFiles.file("run-execution", ".mjs");
                Files.copy(script, copy, StandardCopyOption.REPLACE_EXISTING);
                return copy;
            } catch (IOException failure) {
                throw new UncheckedIOException("Cannot copy " + SCRIPT_RESOURCE + " to a temporary file", failure);
            }
        }
    }
}

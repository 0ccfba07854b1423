package com.example.orders.localruntime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The platform's printed commands, pasted into bash as they are: what each printed, and the shell's variables after. */
final class PrintedCommands {

    /** What a bash session printed: standard output, standard error, and the order id it kept. */
    record Session(String output, String errors, String orderId) {}

    private PrintedCommands() {}

    /** Runs {@code lines} one after the other in one bash, as pasted; {@code orderId} is set first when given. */
    static Session run(List<String> lines, String orderId) {
        var script = new StringBuilder("set -e\n");
        if (orderId != null) {
            script.append(ReadyMessage.ORDER_ID_VARIABLE).append('=').append(orderId).append('\n');
        }
        lines.forEach(line -> script.append(line).append('\n'));
        script.append("printf '\\n@@order_id=%s\\n' \"$").append(ReadyMessage.ORDER_ID_VARIABLE).append("\"\n");
        try {
            Process bash = new ProcessBuilder("bash", "-c", script.toString()).start();
            bash.getOutputStream().close();
            var errors = bash.errorReader(StandardCharsets.UTF_8);
            String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String errorText = errors.lines().reduce("", (all, line) -> all + line + "\n");
            if (!bash.waitFor(60, TimeUnit.SECONDS) || bash.exitValue() != 0) {
                bash.destroyForcibly();
                throw new IllegalStateException("The printed commands failed:\n" + script + "\n" + output + errorText);
            }
            String marker = "@@order_id=";
            String id = output.substring(output.lastIndexOf(marker) + marker.length()).strip();
            return new Session(output.substring(0, output.lastIndexOf(marker)), errorText, id);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** The status code of the first response in {@code text}, as curl -i prints it. */
    static int status(String text) {
        String statusLine = text.lines().filter(line -> line.startsWith("HTTP/")).findFirst().orElseThrow();
        return Integer.parseInt(statusLine.split(" ")[1]);
    }
}

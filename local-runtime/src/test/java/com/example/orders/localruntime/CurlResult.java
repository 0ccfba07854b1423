package com.example.orders.localruntime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** What a curl command line printed with {@code -i}: the status line's code and the body. */
record CurlResult(int status, String body) {

    /** Runs {@code commandLine} in bash, exactly as a user would paste it. */
    static CurlResult run(String commandLine) {
        try {
            Process curl = new ProcessBuilder("bash", "-c", commandLine + " --silent --show-error --max-time 20")
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            String output = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!curl.waitFor(30, TimeUnit.SECONDS) || curl.exitValue() != 0) {
                curl.destroyForcibly();
                throw new IllegalStateException("curl failed: " + commandLine + "\n" + output);
            }
            int headersEnd = output.indexOf("\r\n\r\n");
            String statusLine = output.substring(0, output.indexOf("\r\n"));
            return new CurlResult(Integer.parseInt(statusLine.split(" ")[1]), output.substring(headersEnd + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.kassa.printer.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command-line oracles and peers of these tests (socat, zbarimg), looked up on PATH. A missing tool fails
 * the test with the Debian package to install: CI installs them (.ci/install-test-tools), so a skip would only
 * hide a broken machine.
 */
public final class Tools {

    private Tools() {
    }

    /** The tool's path on PATH, or a failed test naming {@code debianPackage}. */
    public static Path require(String tool, String debianPackage, String why) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, tool);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return fail(tool + " is not on PATH: it is " + why + ". Install the Debian package '" + debianPackage
                + "' (apt-get install " + debianPackage + "), or run .ci/install-test-tools");
    }

    /** Runs a command to its end, at most {@code limit}; returns its standard output (UTF-8, stripped). */
    public static String run(Duration limit, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createDirectories(Path.of("target", "tool-output")).resolve(
                Path.of(command.get(0)).getFileName() + "-" + System.nanoTime() + ".out");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", command) + " did not finish within " + limit.toSeconds() + " s");
        }
        return Files.readString(out, StandardCharsets.UTF_8).strip();
    }
}

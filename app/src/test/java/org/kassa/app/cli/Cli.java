package org.kassa.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code kassa} in this JVM through KassaCli, or as a real child process through the main class. */
final class Cli {

    /** The RFC 6238 SHA-256 test key (ASCII 12345678901234567890123456789012). */
    static final String RFC_SHA256_KEY = "3132333435363738393031323334353637383930313233343536373839303132";

    /** What a run printed and its exit code. */
    record Run(int exit, String out, String err) {

        /** The single JSON object printed on stdout. */
        JsonNode json() {
            try {
                return Json.mapper().readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException("stdout is not one JSON object: " + out, e);
            }
        }

        /** stdout without the final line break. */
        String line() {
            return out.strip();
        }
    }

    private Cli() {
    }

    static Run inProcess(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = KassaCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    /**
     * {@code java -cp <test class path> org.kassa.app.Main args}, with a home directory and environment that hide
     * any configuration of the machine running the tests.
     */
    static Run childJvm(Path home, String... args) throws IOException, InterruptedException {
        return childJvmWithEnvironment(home, null, args);
    }

    /** As {@link #childJvm(Path, String...)}, with {@code $KASSA_CONFIG} set when {@code kassaConfig} is not null. */
    static Run childJvmWithEnvironment(Path home, String kassaConfig, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "org.kassa.app.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("KASSA_CONFIG");
        if (kassaConfig != null) {
            builder.environment().put("KASSA_CONFIG", kassaConfig);
        }
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("kassa " + String.join(" ", args) + " did not finish within 60 s");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** A configuration file with the given properties lines (over the built-in defaults). */
    static Path config(Path dir, String... lines) throws IOException {
        Path file = Files.createTempFile(dir, "kassa", ".properties");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}

package org.kassa.app.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code java -cp <test class path> org.kassa.app.Main ARGS} as a real child process: its stdout JSON lines are
 * read as they come (every wait is bounded), stderr goes to a file, and {@link #kill9()} is SIGKILL.
 */
public final class ChildJvm implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The end of the stdout stream in the line queue. */
    private static final String EOF = "\u0000EOF";

    private final String name;
    private final Process process;
    private final Path stderr;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> transcript = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Thread reader;

    private ChildJvm(String name, Process process, Path stderr) {
        this.name = name;
        this.process = process;
        this.stderr = stderr;
        this.reader = new Thread(this::readStdout, "child-stdout-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code kassa args} with extra JVM options (e.g. {@code -Dkassa.drill.pauseAt=...}). The home folder
     * is under target/, so nothing of the machine's own configuration is seen.
     */
    public static ChildJvm start(String name, Path workDir, List<String> jvmOptions, String... args)
            throws IOException {
        return start(name, workDir, jvmOptions, java.util.Map.of(), null, args);
    }

    /**
     * As above, with extra environment variables (e.g. DISPLAY and KASSA_CONFIG for the window) and, when
     * {@code stdin} is not null, that file as standard input (PINs, one per line).
     */
    public static ChildJvm start(String name, Path workDir, List<String> jvmOptions, java.util.Map<String, String> env,
                                 Path stdin, String... args) throws IOException {
        return startMain(name, workDir, jvmOptions, env, stdin, "org.kassa.app.Main", args);
    }

    /** As {@link #start}, with another main class of the test class path (a test's own till driver). */
    public static ChildJvm startMain(String name, Path workDir, List<String> jvmOptions, String mainClass,
                                     String... args) throws IOException {
        return startMain(name, workDir, jvmOptions, java.util.Map.of(), null, mainClass, args);
    }

    private static ChildJvm startMain(String name, Path workDir, List<String> jvmOptions,
                                      java.util.Map<String, String> env, Path stdin, String mainClass,
                                      String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + workDir.resolve("home"), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xmx256m", "-Dfile.encoding=UTF-8", "-Dsun.net.httpserver.nodelay=true"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        Path err = Files.createTempFile(workDir, name + "-", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(err.toFile());
        builder.environment().remove("KASSA_CONFIG");
        builder.environment().putAll(env);
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        }
        return new ChildJvm(name, builder.start(), err);
    }

    /** The first stdout JSON line from now on that {@code wanted} accepts; fails after {@code timeout}. */
    public JsonNode await(Predicate<JsonNode> wanted, String what, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError(name + ": no " + what + " within " + timeout.toSeconds() + " s\n" + report());
            }
            if (line.equals(EOF)) {
                lines.add(EOF);
                throw new AssertionError(name + " ended before " + what + "\n" + report());
            }
            Optional<JsonNode> json = parse(line);
            if (json.isPresent() && wanted.test(json.get())) {
                return json.get();
            }
        }
    }

    /** Waits for the {@code drill-paused} line of {@code point}. */
    JsonNode awaitDrillPause(String point, Duration timeout) throws InterruptedException {
        return await(j -> "drill-paused".equals(j.path("event").asText()), "drill-paused line for " + point, timeout);
    }

    /** SIGKILL (Process.destroyForcibly on Linux), then waits for the end; returns the exit code (137). */
    public int kill9() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " survived SIGKILL for 20 s");
        }
        return process.exitValue();
    }

    /** The exit code, or null if it is still running after {@code timeout} (then it is killed). */
    public Integer awaitExit(Duration timeout) throws InterruptedException {
        if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            reader.join(5_000);   // the last lines are read before anyone looks at them
            return process.exitValue();
        }
        kill9();
        return null;
    }

    /** SIGTERM (a normal stop: shutdown hooks run), then the exit code; null if it did not end in 20 s. */
    public Integer stop() throws InterruptedException {
        process.destroy();
        return awaitExit(java.time.Duration.ofSeconds(20));
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Every stdout line so far and the stderr file, for a failure message. */
    public String report() {
        String err;
        try {
            err = Files.readString(stderr, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err = "(stderr unreadable: " + e.getMessage() + ")";
        }
        synchronized (transcript) {
            return "--- " + name + " stdout ---\n" + String.join("\n", transcript) + "\n--- " + name + " stderr ---\n"
                    + (err.length() > 6000 ? err.substring(err.length() - 6000) : err);
        }
    }

    /** Every stdout line that is a JSON object. */
    public List<JsonNode> jsonLines() {
        synchronized (transcript) {
            return transcript.stream().map(ChildJvm::parse).flatMap(Optional::stream).toList();
        }
    }

    private void readStdout() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                transcript.add(line);
                lines.add(line);
            }
        } catch (IOException e) {
            transcript.add("(stdout broke: " + e.getMessage() + ")");
        } finally {
            lines.add(EOF);
        }
    }

    private static Optional<JsonNode> parse(String line) {
        if (!line.startsWith("{")) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(line));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill9();
        }
    }
}

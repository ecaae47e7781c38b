package org.kassa.scanner;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The command-line tools the tests use as real peers and independent oracles. A missing tool fails the test
 * with the Debian package to install (never a skip), and every run is bounded by a timeout.
 */
public final class Tools {

    /** Tool → Debian package (the same table as .ci/install-test-tools). */
    private static final Map<String, String> PACKAGES = Map.of(
            "zint", "zint", "qrencode", "qrencode", "dmtxwrite", "dmtx-utils", "dmtxread", "dmtx-utils",
            "zbarimg", "zbar-tools", "socat", "socat");

    private Tools() {
    }

    /** What a finished tool wrote, and how it ended. */
    public record Run(int exit, byte[] output) {
    }

    /** Fails with the package to install when {@code tool} is not on PATH. */
    public static void require(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return;
            }
        }
        throw new AssertionError(tool + " is not on PATH: install the Debian package '"
                + PACKAGES.getOrDefault(tool, tool) + "' (or run .ci/install-test-tools)");
    }

    /**
     * Runs {@code command} with {@code stdin} (or nothing) as input, its output (stdout; stderr is dropped)
     * collected in {@code scratch}, and kills it if it has not finished within {@code timeout}.
     */
    public static Run run(List<String> command, Path stdin, Path scratch, Duration timeout)
            throws IOException, InterruptedException {
        require(command.get(0));
        Path out = Files.createTempFile(scratch, command.get(0), ".out");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(stdin == null ? ProcessBuilder.Redirect.from(new File("/dev/null"))
                        : ProcessBuilder.Redirect.from(stdin.toFile()));
        Process p = pb.start();
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IOException(command + " did not finish within " + timeout + "; killed");
            }
            return new Run(p.exitValue(), Files.readAllBytes(out));
        } finally {
            p.destroyForcibly();
            Files.deleteIfExists(out);
        }
    }
}

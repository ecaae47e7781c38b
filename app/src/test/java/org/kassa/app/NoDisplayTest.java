package org.kassa.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kassa.app.config.HostEnvironment;

/**
 * {@code kassa} without a display: one line on stderr naming the commands that need none, exit 1, no JavaFX
 * stack trace. A broken configuration is reported before that, with exit 2.
 */
class NoDisplayTest {

    @TempDir
    Path home;

    record Result(int exit, String out, String err) {
    }

    Result inProcess(Map<String, String> variables) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[0], new HostEnvironment(home, variables, "Linux"), new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void withoutDisplayVariablesTheTillSaysSoInOneLine() {
        Result r = inProcess(Map.of("WAYLAND_DISPLAY", " "));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).hasLineCount(1)
                .startsWith("kassa: the till window needs a display (DISPLAY and WAYLAND_DISPLAY are unset)")
                .contains("kassa --help", "kassa verify-barcode", "kassa pay-demo", "kassa scan")
                .doesNotContain("kassa help");
    }

    @Test
    void aBrokenConfigurationIsReportedFirstWithExit2() throws Exception {
        Files.createDirectories(home.resolve(".kassa"));
        Files.writeString(home.resolve(".kassa/kassa.properties"), "kassa.mode = trainig\n");
        Result r = inProcess(Map.of());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).hasLineCount(1).isEqualTo("kassa: " + home.resolve(".kassa/kassa.properties")
                + ": kassa.mode: 'trainig' is not allowed; allowed: training, test, production; did you mean training?");
    }

    @Test
    void theRealLauncherWithoutDisplayExits1WithOneLine() throws Exception {
        Result r = childJvm(null);
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.err().strip()).hasLineCount(1).contains("needs a display", "kassa --help");
    }

    @Test
    void whenJavaFxCannotOpenTheDisplayTheLauncherSaysSoInOneLine() throws Exception {
        String display = ":" + unusedDisplayNumber();
        Result r = childJvm(display);
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.err().strip()).as(r.err()).hasLineCount(1)
                .startsWith("kassa: the till window needs a display (JavaFX: ").contains("kassa --help")
                .doesNotContain("Exception");
    }

    /** An X display number with no server: no socket in /tmp/.X11-unix. */
    private static int unusedDisplayNumber() {
        for (int n = 7919; n < 8019; n++) {
            if (!Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                return n;
            }
        }
        throw new AssertionError("no free X display number in 7919..8018");
    }

    /** {@code java -cp <test class path> org.kassa.app.Main} with an empty home and the given DISPLAY (or none). */
    private Result childJvm(String display) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-Xshare:auto", "-XX:TieredStopAtLevel=1"));
        // The launcher's HttpServer options (the bundle's kassa.cfg; the surefire argLine here): the till opens
        // while JavaFX starts, and its receiver would warn on stderr without them.
        for (String property : List.of("sun.net.httpserver.nodelay", "sun.net.httpserver.maxReqTime",
                "sun.net.httpserver.maxRspTime")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.kassa.app.Main"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("KASSA_CONFIG");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("DISPLAY");
        if (display != null) {
            builder.environment().put("DISPLAY", display);
        }
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("kassa did not finish within 60 s: " + Files.readString(err));
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}

package org.kassa.app.ui.xvfb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real X server (Xvfb, 1024×768) for a till window started as a child process, and the keyboard of that
 * display driven by xdotool through the XTEST extension: the window gets the key events a USB keyboard or a
 * keyboard-wedge scanner would produce.
 */
final class XDisplay implements AutoCloseable {

    private final Process server;
    private final String display;

    private XDisplay(Process server, String display) {
        this.server = server;
        this.display = display;
    }

    /** Starts Xvfb on a free display number; fails naming the Debian packages when the tools are missing. */
    static XDisplay start(Path workDir) throws Exception {
        requireTool("Xvfb", "xvfb");
        requireTool("xdotool", "xdotool");
        // -displayfd 1: Xvfb picks a free display and writes its number to stdout once it accepts clients.
        Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1024x768x24", "-nolisten",
                "tcp").redirectError(Files.createTempFile(workDir, "xvfb-", ".err").toFile()).start();
        CompletableFuture<String> number = CompletableFuture.supplyAsync(() -> {
            try {
                return new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII))
                        .readLine();
            } catch (IOException e) {
                return null;
            }
        });
        String line;
        try {
            line = number.get(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            xvfb.destroyForcibly();
            throw new AssertionError("Xvfb gave no display number within 20 s");
        }
        if (line == null || !line.strip().matches("\\d+")) {
            xvfb.destroyForcibly();
            throw new AssertionError("Xvfb did not start (display line: " + line + ")");
        }
        return new XDisplay(xvfb, ":" + line.strip());
    }

    String name() {
        return display;
    }

    /**
     * A wedge scanner's burst: each character of {@code code} as a key (letters, digits, '=') and Return, with
     * {@code gapMillis} between keys. Keys by keysym, not {@code xdotool type}: that sends '\n' as Linefeed,
     * which no scanner sends (JavaFX sees KeyCode.UNDEFINED).
     */
    void scan(String code, int gapMillis) throws Exception {
        List<String> args = new ArrayList<>(List.of("key", "--delay", Integer.toString(gapMillis)));
        for (char c : code.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128) {
                args.add(String.valueOf(c));
            } else if (c == '=') {
                args.add("equal");
            } else {
                throw new IllegalArgumentException("no keysym for '" + c + "' in this test");
            }
        }
        args.add("Return");
        xdotool(args.toArray(String[]::new));
    }

    /** One key by its X keysym name, e.g. F12 or Return. */
    void key(String keysym) throws Exception {
        xdotool("key", keysym);
    }

    /**
     * Gives the keyboard focus to the visible window whose title matches {@code titleRegex} (there is no window
     * manager to do it on a click), with the pointer over it.
     */
    void focus(String titleRegex) throws Exception {
        xdotool("mousemove", "512", "384");
        xdotool("search", "--sync", "--onlyvisible", "--name", titleRegex, "windowfocus", "--sync");
    }

    private void xdotool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        Process p = builder.start();
        if (!p.waitFor(15, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("xdotool " + String.join(" ", args) + " did not end within 15 s");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new AssertionError("xdotool " + String.join(" ", args) + " exited " + p.exitValue() + ": " + out);
        }
    }

    private static void requireTool(String tool, String debianPackage) {
        boolean found = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool)));
        if (!found) {
            throw new AssertionError(tool + " is not on the PATH: install the Debian package " + debianPackage);
        }
    }

    @Override
    public void close() throws InterruptedException {
        server.destroy();
        if (!server.waitFor(10, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }
}

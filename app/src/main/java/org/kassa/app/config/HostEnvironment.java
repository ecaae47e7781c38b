package org.kassa.app.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What Kassa reads from the machine it runs on: the home folder, the environment variables and the operating
 * system. Passed in rather than read from {@link System}, so tests run against a temporary home and an
 * environment of their own, never the developer's {@code ~/.kassa} or {@code $KASSA_CONFIG}.
 */
public record HostEnvironment(Path home, Map<String, String> variables, String osName) {

    public HostEnvironment {
        variables = Map.copyOf(variables);
    }

    /** This process's home ({@code user.home}), environment and operating system. */
    public static HostEnvironment system() {
        return new HostEnvironment(Path.of(System.getProperty("user.home")), System.getenv(),
                System.getProperty("os.name", ""));
    }

    /** A variable's value, when set and not blank. */
    public Optional<String> variable(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    public boolean isLinux() {
        return osName.toLowerCase(Locale.ROOT).contains("linux");
    }

    /**
     * Whether a window can be expected to open: on Linux a graphical session sets DISPLAY (X11) or
     * WAYLAND_DISPLAY; other systems always have a desktop when a user runs Kassa.
     */
    public boolean hasDisplay() {
        return !isLinux() || variable("DISPLAY").isPresent() || variable("WAYLAND_DISPLAY").isPresent();
    }
}

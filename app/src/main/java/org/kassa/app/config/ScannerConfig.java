package org.kassa.app.config;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.kassa.scanner.camera.CameraSettings;
import org.kassa.scanner.serial.SerialSettings;
import org.kassa.scanner.wedge.WedgeSettings;

/** Reads the {@code scanner.*} settings into the scanner driver's settings records. */
public final class ScannerConfig {

    private ScannerConfig() {
    }

    public static WedgeSettings wedge(ConfigFile c) {
        return new WedgeSettings(c.choice("scanner.wedge.terminator", WedgeSettings.Terminator.class),
                Duration.ofMillis(c.integer("scanner.wedge.maxInterKeyMillis", 1, 1000)),
                c.integer("scanner.wedge.minLength", 1, 100),
                c.optional("scanner.wedge.prefix").orElse(""),
                c.optional("scanner.wedge.suffix").orElse(""));
    }

    /**
     * The serial scanner, if {@code scanner.serial.port} is set. The other serial values are checked even
     * without a port, so a typo shows before the scanner is plugged in.
     */
    public static Optional<SerialSettings> serial(ConfigFile c) {
        Optional<String> port = c.optional("scanner.serial.port");
        SerialSettings checked = serial(c, port.orElse("(no port)"));
        return port.map(p -> checked);
    }

    /** The serial settings of the configuration, for the given port. */
    public static SerialSettings serial(ConfigFile c, String port) {
        SerialSettings.Framing framing;
        try {
            framing = SerialSettings.Framing.parse(c.string("scanner.serial.framing"));
        } catch (IllegalArgumentException e) {
            throw c.problem("scanner.serial.framing", e.getMessage().substring("framing: ".length()));
        }
        return new SerialSettings(port,
                c.integer("scanner.serial.baud", 50, 4_000_000),
                framing,
                c.choice("scanner.serial.terminator", SerialSettings.Terminator.class),
                Duration.ofMillis(c.integer("scanner.serial.idleMillis", 1, 10_000)),
                charset(c, "scanner.serial.charset"),
                Duration.ofMillis(c.integer("scanner.serial.reconnectMillis", 100, 60_000)));
    }

    /** The webcam, if {@code scanner.camera.device} is set. */
    public static Optional<CameraSettings> camera(ConfigFile c) {
        int width = c.integer("scanner.camera.width", 16, 7680);
        int height = c.integer("scanner.camera.height", 16, 4320);
        int fps = c.integer("scanner.camera.fps", 1, 120);
        int quiet = c.integer("scanner.camera.quietFrames", 0, 300);
        return c.optional("scanner.camera.device").map(d -> new CameraSettings(d, width, height, fps, quiet));
    }

    /** The training-mode image folder, if set. */
    public static Optional<Path> trainingImages(ConfigFile c) {
        return c.optional("scanner.camera.images").map(Path::of);
    }

    private static Charset charset(ConfigFile c, String key) {
        String name = c.string(key);
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw c.problem(key, "'" + name + "' is not a character set this Java knows; use UTF-8 or ISO-8859-1");
        }
    }
}

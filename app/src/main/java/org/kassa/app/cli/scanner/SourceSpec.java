package org.kassa.app.cli.scanner;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.kassa.app.config.ConfigFile;
import org.kassa.app.config.ScannerConfig;
import org.kassa.scanner.BarcodeSource;
import org.kassa.scanner.camera.CameraSettings;
import org.kassa.scanner.image.BarcodeDecoder;
import org.kassa.scanner.image.CameraSource;
import org.kassa.scanner.image.ImageFileFrameSource;
import org.kassa.scanner.serial.SerialScannerSource;

/**
 * {@code --source} values: {@code serial:/dev/ttyACM0[,baud=N][,framing=8N1][,terminator=cr|lf|crlf|none]
 * [,charset=NAME]}, {@code image:FILE_OR_FOLDER} and {@code camera:/dev/video0}. Options not given come from
 * the configuration. Problems are {@link IllegalArgumentException}s whose message says what to write.
 */
public final class SourceSpec {

    static final String FORMS = "use serial:/dev/ttyACM0[,baud=9600], image:FILE_OR_FOLDER or camera:/dev/video0";

    private static final Map<String, String> SERIAL_OPTIONS = Map.of("baud", "scanner.serial.baud",
            "framing", "scanner.serial.framing", "terminator", "scanner.serial.terminator",
            "charset", "scanner.serial.charset");

    private SourceSpec() {
    }

    public static BarcodeSource parse(String spec, ConfigFile config) {
        int colon = spec.indexOf(':');
        if (colon <= 0 || colon == spec.length() - 1) {
            throw new IllegalArgumentException("'" + spec + "' is not a source; " + FORMS);
        }
        String kind = spec.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = spec.substring(colon + 1);
        return switch (kind) {
            case "serial" -> serial(rest, config);
            case "image" -> image(rest);
            case "camera" -> ScannerConfig.camera(config.with("scanner.camera.device", rest, "--source"))
                    .map(CameraSettings::source).orElseThrow();
            default -> throw new IllegalArgumentException("unknown source kind '" + kind + "'; " + FORMS);
        };
    }

    /** Options after the port override the matching {@code scanner.serial.*} setting, checked the same way. */
    private static BarcodeSource serial(String rest, ConfigFile config) {
        String[] parts = rest.split(",");
        ConfigFile c = config;
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            String key = SERIAL_OPTIONS.get(kv[0].trim().toLowerCase(Locale.ROOT));
            if (kv.length != 2 || key == null) {
                throw new IllegalArgumentException("'" + parts[i] + "' is not a serial option; use baud=, framing=, "
                        + "terminator= or charset=, e.g. serial:/dev/ttyACM0,baud=115200");
            }
            c = c.with(key, kv[1].trim(), "--source " + kv[0].trim());
        }
        return new SerialScannerSource(ScannerConfig.serial(c, parts[0]));
    }

    private static BarcodeSource image(String path) {
        Path p = Path.of(path);
        try {
            ImageFileFrameSource.of(p, Duration.ZERO).close(); // fail now, with the path, if it is not there
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        return new CameraSource("image:" + path, () -> ImageFileFrameSource.of(p, Duration.ZERO),
                BarcodeDecoder.Mode.STILL, 0,
                Duration.ofSeconds(1));
    }
}

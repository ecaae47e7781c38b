package org.kassa.app.cli.scanner;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.kassa.app.config.ConfigFile;
import org.kassa.app.config.ScannerConfig;
import org.kassa.scanner.BarcodeSource;
import org.kassa.scanner.camera.CameraSettings;
import org.kassa.scanner.image.BarcodeDecoder;
import org.kassa.scanner.image.CameraSource;
import org.kassa.scanner.image.ImageFileFrameSource;
import org.kassa.scanner.serial.SerialSettings;

/**
 * {@code --source} values: {@code serial:/dev/ttyACM0[,baud=N][,framing=8N1][,terminator=cr|lf|crlf|none]
 * [,charset=NAME]}, {@code image:FILE_OR_FOLDER} and {@code camera:/dev/video0}. Options not given come from
 * the configuration. Problems are {@link IllegalArgumentException}s whose message says what to write.
 */
public final class SourceSpec {

    static final String FORMS = "use serial:/dev/ttyACM0[,baud=9600], image:FILE_OR_FOLDER or camera:/dev/video0";

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

    private static BarcodeSource serial(String rest, ConfigFile config) {
        String[] parts = rest.split(",");
        SerialSettings s = ScannerConfig.serial(config, parts[0]);
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("'" + parts[i] + "' is not name=value, e.g. baud=115200");
            }
            s = with(s, kv[0].trim().toLowerCase(Locale.ROOT), kv[1].trim());
        }
        return new org.kassa.scanner.serial.SerialScannerSource(s);
    }

    private static SerialSettings with(SerialSettings s, String name, String value) {
        try {
            return switch (name) {
                case "baud" -> s.withBaud(Integer.parseInt(value));
                case "framing" -> new SerialSettings(s.port(), s.baud(), SerialSettings.Framing.parse(value),
                        s.terminator(), s.idleTimeout(), s.charset(), s.reconnect());
                case "terminator" -> new SerialSettings(s.port(), s.baud(), s.framing(),
                        SerialSettings.Terminator.valueOf(value.toUpperCase(Locale.ROOT)), s.idleTimeout(),
                        s.charset(), s.reconnect());
                case "charset" -> new SerialSettings(s.port(), s.baud(), s.framing(), s.terminator(),
                        s.idleTimeout(), Charset.forName(value), s.reconnect());
                default -> throw new IllegalArgumentException("unknown serial option '" + name
                        + "'; allowed: baud, framing, terminator, charset");
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + value + "' is not a whole number");
        } catch (java.nio.charset.IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
            throw new IllegalArgumentException("charset: '" + value + "' is unknown; use UTF-8 or ISO-8859-1");
        } catch (IllegalArgumentException e) {
            if (name.equals("terminator") && !e.getMessage().contains(":")) {
                throw new IllegalArgumentException("terminator: '" + value + "' is not allowed; use cr, lf, crlf or none");
            }
            throw e;
        }
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

package org.kassa.scanner.serial;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A serial scanner's line settings.
 *
 * @param port         device path, e.g. {@code /dev/ttyACM0} or a udev link such as {@code /dev/scanner}
 * @param baud         bits per second, as set in the scanner (9600 is the usual factory setting)
 * @param framing      data bits, parity and stop bits, e.g. {@code 8N1}, {@code 7E1}
 * @param terminator   what ends each code on the wire
 * @param idleTimeout  with terminator {@code NONE}, a code ends after this much silence
 * @param charset      how the code's bytes become text; ISO-8859-1 keeps every byte value as one character
 * @param reconnect    pause between attempts to reopen an unplugged port
 */
public record SerialSettings(String port, int baud, Framing framing, Terminator terminator, Duration idleTimeout,
                             Charset charset, Duration reconnect) {

    /** What ends a code on the wire. */
    public enum Terminator { CR, LF, CRLF, NONE }

    /** Data bits (5..8), parity (N, E, O, M, S) and stop bits (1, 2) in the usual short form, e.g. 8N1. */
    public record Framing(int dataBits, char parity, int stopBits) {
        public Framing {
            if (dataBits < 5 || dataBits > 8 || "NEOMS".indexOf(parity) < 0 || stopBits < 1 || stopBits > 2) {
                throw new IllegalArgumentException("framing: " + dataBits + parity + stopBits
                        + " is not valid; use data bits 5..8, parity N/E/O/M/S, stop bits 1 or 2, e.g. 8N1");
            }
        }

        public static Framing parse(String text) {
            String t = text.trim().toUpperCase(Locale.ROOT);
            if (!t.matches("[5-8][NEOMS][12]")) {
                throw new IllegalArgumentException("framing: '" + text
                        + "' is not valid; use data bits, parity and stop bits such as 8N1 or 7E1");
            }
            return new Framing(t.charAt(0) - '0', t.charAt(1), t.charAt(2) - '0');
        }

        @Override
        public String toString() {
            return "" + dataBits + parity + stopBits;
        }
    }

    public SerialSettings {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(framing, "framing");
        Objects.requireNonNull(terminator, "terminator");
        Objects.requireNonNull(charset, "charset");
        if (port.isBlank()) {
            throw new IllegalArgumentException("port: is empty; give the device path, e.g. /dev/ttyACM0");
        }
        if (baud < 50 || baud > 4_000_000) {
            throw new IllegalArgumentException("baud: " + baud + " is out of range; allowed 50..4000000");
        }
        if (idleTimeout.toMillis() < 1 || reconnect.toMillis() < 1) {
            throw new IllegalArgumentException("idleTimeout and reconnect must be at least 1 ms");
        }
    }

    /** 9600 8N1, CR-terminated, UTF-8, 100 ms idle timeout, reconnect every second. */
    public static SerialSettings defaults(String port) {
        return new SerialSettings(port, 9600, Framing.parse("8N1"), Terminator.CR, Duration.ofMillis(100),
                java.nio.charset.StandardCharsets.UTF_8, Duration.ofSeconds(1));
    }
}

package org.kassa.printer;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a printer is, as written in configuration and on the command line:
 * {@code tcp://HOST[:PORT]} (port 9100 by default), {@code serial:/dev/ttyUSB0[,baud=19200]},
 * {@code file:/dev/usb/lp0}, or {@code virtual}.
 */
public record PrinterAddress(Kind kind, String target, int number) {

    public static final int DEFAULT_TCP_PORT = 9100;
    public static final int DEFAULT_BAUD = 19200;

    /** The kind of link. */
    public enum Kind { TCP, SERIAL, FILE, VIRTUAL }

    private static final String FORMS = "use tcp://HOST[:PORT], serial:/dev/ttyUSB0[,baud=19200], file:/dev/usb/lp0 "
            + "or virtual";

    public static PrinterAddress parse(String text) {
        String s = text.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("virtual") || lower.equals("virtual:")) {
            return new PrinterAddress(Kind.VIRTUAL, "", 0);
        }
        if (lower.startsWith("tcp://")) {
            return tcp(s.substring(6), text);
        }
        if (lower.startsWith("serial:")) {
            return serial(s.substring(7), text);
        }
        if (lower.startsWith("file:")) {
            String path = s.substring(5);
            if (path.isEmpty()) {
                throw new IllegalArgumentException("'" + text + "' has no path; e.g. file:/dev/usb/lp0");
            }
            return new PrinterAddress(Kind.FILE, Path.of(path).toString(), 0);
        }
        throw new IllegalArgumentException("'" + text + "' is not a printer address; " + FORMS);
    }

    private static PrinterAddress tcp(String rest, String text) {
        int colon = rest.lastIndexOf(':');
        String host = colon < 0 ? rest : rest.substring(0, colon);
        int port = colon < 0 ? DEFAULT_TCP_PORT : number(rest.substring(colon + 1), 1, 65535, "port", text);
        if (host.isEmpty() || host.contains("/")) {
            throw new IllegalArgumentException("'" + text + "' has no valid host; e.g. tcp://192.168.1.50:9100");
        }
        return new PrinterAddress(Kind.TCP, host, port);
    }

    private static PrinterAddress serial(String rest, String text) {
        String[] parts = rest.split(",");
        int baud = DEFAULT_BAUD;
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].startsWith("baud=")) {
                throw new IllegalArgumentException("'" + text + "': unknown option '" + parts[i]
                        + "'; the only option is baud=N");
            }
            baud = number(parts[i].substring(5), 1200, 921600, "baud", text);
        }
        if (parts[0].isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' has no port; e.g. serial:/dev/ttyUSB0,baud=19200");
        }
        return new PrinterAddress(Kind.SERIAL, parts[0], baud);
    }

    private static int number(String value, int min, int max, String what, String text) {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new IllegalArgumentException("'" + text + "': " + what + " '" + value + "' is not a number in "
                + min + ".." + max);
    }

    /** The address as it is shown and logged. */
    @Override
    public String toString() {
        return switch (kind) {
            case TCP -> "tcp://" + target + ":" + number;
            case SERIAL -> "serial:" + target + ",baud=" + number;
            case FILE -> "file:" + target;
            case VIRTUAL -> "virtual";
        };
    }
}

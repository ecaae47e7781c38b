package org.kassa.printer.profile;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.kassa.printer.PrinterProfile;
import org.kassa.printer.PrinterProfile.CodePageCommand;
import org.kassa.printer.PrinterProfile.CutStyle;
import org.kassa.printer.PrinterProfile.QrMode;
import org.kassa.printer.PrinterProfile.StatusMode;

/** Turns a profile's properties into a {@link PrinterProfile}; every error names the file and the key. */
public final class ProfileReader {

    private static final Set<String> KEYS = Set.of("name", "description", "paper.widthMm", "columns",
            "dotsPerLine", "codePage.command", "codePage.number", "codePage.charset", "leaveChineseMode",
            "cut.style", "cut.feed", "drawer.pin", "drawer.onMs", "drawer.offMs", "qr", "status.mode", "statusQueries");

    private final Properties p;
    private final String source;

    public ProfileReader(Properties p, String source) {
        this.p = p;
        this.source = source;
    }

    public PrinterProfile profile() {
        Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw fail(unknown.iterator().next(), "unknown key; known keys: " + new TreeSet<>(KEYS));
        }
        int width = integer("paper.widthMm", null);
        boolean narrow = width < 70;
        try {
            return new PrinterProfile(text("name", null), text("description", ""), width,
                    integer("columns", narrow ? 32 : 48), integer("dotsPerLine", narrow ? 384 : 576),
                    choice("codePage.command", CodePageCommand.class, "esc-t"),
                    integer("codePage.number", 17), charset(), bool("leaveChineseMode", "false"),
                    choice("cut.style", CutStyle.class, "gs-v"), integer("cut.feed", 4),
                    integer("drawer.pin", 2), integer("drawer.onMs", 50), integer("drawer.offMs", 500),
                    choice("qr", QrMode.class, "native"), statusMode());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code status.mode} (off, optional, strict; default optional). The older {@code statusQueries = false}
     * still means off; both keys disagreeing is refused so a merchant's file never says two things.
     */
    private StatusMode statusMode() {
        boolean hasMode = p.getProperty("status.mode") != null;
        boolean hasLegacy = p.getProperty("statusQueries") != null;
        StatusMode mode = choice("status.mode", StatusMode.class, "optional");
        if (!hasLegacy) {
            return mode;
        }
        boolean queries = bool("statusQueries", "true");
        if (!hasMode) {
            return queries ? StatusMode.OPTIONAL : StatusMode.OFF;
        }
        if (queries != (mode != StatusMode.OFF)) {
            throw fail("statusQueries", "contradicts status.mode = " + mode.name().toLowerCase(Locale.ROOT)
                    + "; remove statusQueries and keep status.mode");
        }
        return mode;
    }

    private String text(String key, String fallback) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw fail(key, "missing; set a value");
            }
            return fallback;
        }
        return value.trim();
    }

    private int integer(String key, Integer fallback) {
        String value = text(key, fallback == null ? null : fallback.toString());
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw fail(key, "'" + value + "' is not a whole number");
        }
    }

    private boolean bool(String key, String fallback) {
        String value = text(key, fallback).toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw fail(key, "'" + value + "' is not true or false");
        }
        return value.equals("true");
    }

    private <E extends Enum<E>> E choice(String key, Class<E> type, String fallback) {
        String value = text(key, fallback);
        String constant = value.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(constant)) {
                return e;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        throw fail(key, "'" + value + "' is not allowed; allowed: " + allowed);
    }

    private Charset charset() {
        String name = text("codePage.charset", "IBM866");
        try {
            Charset charset = Charset.forName(name);
            if (charset.newEncoder().maxBytesPerChar() > 1) {
                throw fail("codePage.charset", "'" + name + "' is not a single-byte code page; receipt printers "
                        + "need one such as IBM866 or windows-1251");
            }
            return charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw fail("codePage.charset", "'" + name + "' is not a Java charset this runtime has (e.g. IBM866, "
                    + "windows-1251)");
        }
    }

    private IllegalArgumentException fail(String key, String what) {
        return new IllegalArgumentException(source + ": " + key + ": " + what);
    }
}

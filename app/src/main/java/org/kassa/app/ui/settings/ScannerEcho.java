package org.kassa.app.ui.settings;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Scanner echo: the next scan exactly as the till receives it from a keyboard-wedge scanner, the bytes of each
 * key in hex (the terminator too: 0D for Enter, 09 for Tab) and the time between keys, so an administrator can
 * see a wrong keyboard layout, a prefix, or a scanner too slow for {@code scanner.wedge.maxInterKeyMillis}.
 */
public final class ScannerEcho {

    private record Key(String text, long nanos) {
    }

    private final BooleanProperty armed = new SimpleBooleanProperty();
    private final StringProperty hex = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty gaps = new SimpleStringProperty("");
    private final List<Key> keys = new ArrayList<>();

    /** Waits for the next scan. */
    public void arm() {
        keys.clear();
        hex.set("");
        text.set("");
        gaps.set("");
        armed.set(true);
    }

    /**
     * A key the window received while armed: its text ({@code "\r"} for Enter, {@code "\t"} for Tab) and when.
     * Enter or Tab end the scan.
     */
    public void key(String keyText, long nanos) {
        if (!armed.get() || keyText == null || keyText.isEmpty()) {
            return;
        }
        keys.add(new Key(keyText, nanos));
        if (keyText.equals("\r") || keyText.equals("\n") || keyText.equals("\t")) {
            finish();
        }
    }

    /** Ends the echo now (the scanner sends no terminator): shows what came. */
    public void finish() {
        armed.set(false);
        StringBuilder h = new StringBuilder();
        StringBuilder t = new StringBuilder();
        StringBuilder g = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            Key k = keys.get(i);
            h.append(i == 0 ? "" : " ").append(HexFormat.of().withUpperCase().formatHex(k.text()
                    .getBytes(StandardCharsets.UTF_8)));
            t.append(k.text().equals("\r") ? "⏎" : k.text().equals("\t") ? "⇥" : k.text());
            if (i > 0) {
                g.append(i == 1 ? "" : " ").append(String.format(Locale.ROOT, "%.1f",
                        (k.nanos() - keys.get(i - 1).nanos()) / 1e6));
            }
        }
        hex.set(h.toString());
        text.set(t.toString());
        gaps.set(g.toString());
    }

    public BooleanProperty armed() {
        return armed;
    }

    /** Each key's UTF-8 bytes in hex, one group per key: {@code 34 36 30 0D}. */
    public StringProperty hex() {
        return hex;
    }

    public StringProperty text() {
        return text;
    }

    /** Milliseconds between one key and the next, one decimal. */
    public StringProperty gaps() {
        return gaps;
    }
}

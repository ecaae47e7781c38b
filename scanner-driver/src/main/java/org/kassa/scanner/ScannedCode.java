package org.kassa.scanner;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One code read by a scanner: the text exactly as the scanner delivered it (control characters such as
 * GS 0x1D kept), its symbology when the source knows it, which source read it, and when.
 *
 * <p>{@link #toString()} never shows the full text: a loyalty barcode carries a card number and a password.
 */
public record ScannedCode(String text, Symbology symbology, String sourceId, Instant timestamp) {

    public ScannedCode {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(timestamp, "timestamp");
    }

    /** The symbology, when the source knows it (cameras do; keyboard-wedge and serial scanners do not). */
    public Optional<Symbology> knownSymbology() {
        return Optional.ofNullable(symbology);
    }

    @Override
    public String toString() {
        return "ScannedCode[" + text.length() + " chars, symbology="
                + (symbology == null ? "unknown" : symbology) + ", source=" + sourceId + ", at=" + timestamp + "]";
    }
}

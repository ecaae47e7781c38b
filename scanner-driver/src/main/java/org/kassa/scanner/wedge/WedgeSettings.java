package org.kassa.scanner.wedge;

import java.time.Duration;
import java.util.Objects;

/**
 * How to tell a keyboard-wedge scanner from a person typing.
 *
 * @param terminator     the key the scanner sends after each code (set the same in the scanner's setup)
 * @param maxInterKeyGap longest pause between two keys of one scan; people type slower than ~60 ms per key,
 *                       scanners send a key every 1–20 ms
 * @param minLength      shortest code accepted as a scan, before prefix/suffix stripping
 * @param prefix         characters the scanner is set to send before each code, removed; empty for none
 * @param suffix         characters the scanner is set to send after each code, removed; empty for none
 */
public record WedgeSettings(Terminator terminator, Duration maxInterKeyGap, int minLength, String prefix,
                            String suffix) {

    /** The key that ends a scan. With {@code NONE} a scan ends when the keys stop. */
    public enum Terminator { ENTER, TAB, NONE }

    public WedgeSettings {
        Objects.requireNonNull(terminator, "terminator");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        if (maxInterKeyGap.isNegative() || maxInterKeyGap.isZero() || maxInterKeyGap.toMillis() > 1000) {
            throw new IllegalArgumentException("maxInterKeyGap: " + maxInterKeyGap.toMillis()
                    + " ms is out of range; allowed 1..1000 ms (scanners need 20..60)");
        }
        if (minLength < 1) {
            throw new IllegalArgumentException("minLength: " + minLength + " is too small; allowed 1 or more");
        }
    }

    /** Enter-terminated scans, keys at most 40 ms apart, 4 characters or more, nothing stripped. */
    public static WedgeSettings defaults() {
        return new WedgeSettings(Terminator.ENTER, Duration.ofMillis(40), 4, "", "");
    }
}

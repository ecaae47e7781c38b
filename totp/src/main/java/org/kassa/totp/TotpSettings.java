package org.kassa.totp;

import java.util.HexFormat;

/**
 * The parameters of the vendor's {@code init} call, validated on construction, plus the drift window.
 *
 * @param algorithm         HMAC algorithm
 * @param passLength        password digits, 1..10
 * @param prefix            literal that starts every Koshelek barcode, e.g. {@code CM}
 * @param keyHex            partner's secret key as an even-length hex string (never printed)
 * @param intervalSeconds   password validity step in seconds, &gt; 0
 * @param cardSessionLength exact length of the optional card session, &ge; 1
 * @param delimiter         separator of the barcode parts; contains no Latin letter or digit
 * @param driftSteps        how many steps before and after now a password is still accepted, 0..10
 */
public record TotpSettings(Algorithm algorithm, int passLength, String prefix, String keyHex,
                           int intervalSeconds, int cardSessionLength, String delimiter, int driftSteps) {

    public static final int DEFAULT_DRIFT_STEPS = 1;
    public static final int MAX_PASS_LENGTH = 10;
    public static final int MAX_DRIFT_STEPS = 10;

    public TotpSettings {
        if (algorithm == null) {
            throw new InvalidTotpSettingException("algorithm", "missing; allowed: HMACSHA256, HMACSHA1");
        }
        if (passLength < 1 || passLength > MAX_PASS_LENGTH) {
            throw new InvalidTotpSettingException("passLength", passLength + " is out of range; allowed 1..10");
        }
        if (prefix == null || prefix.isEmpty()) {
            throw new InvalidTotpSettingException("prefix", "must not be empty (the vendor's default is CM)");
        }
        requireHexKey(keyHex);
        if (intervalSeconds < 1) {
            throw new InvalidTotpSettingException("interval", intervalSeconds + " is out of range; allowed 1 or more seconds");
        }
        if (cardSessionLength < 1) {
            throw new InvalidTotpSettingException("cardSessionLength", cardSessionLength + " is out of range; allowed 1 or more");
        }
        if (delimiter == null || delimiter.isEmpty()) {
            throw new InvalidTotpSettingException("delimiter", "must not be empty, e.g. '='");
        }
        if (delimiter.chars().anyMatch(TotpSettings::isLatinLetterOrDigit)) {
            throw new InvalidTotpSettingException("delimiter",
                    "'" + delimiter + "' contains a Latin letter or digit, which barcode parts use; choose e.g. '='");
        }
        if (driftSteps < 0 || driftSteps > MAX_DRIFT_STEPS) {
            throw new InvalidTotpSettingException("driftSteps", driftSteps + " is out of range; allowed 0..10");
        }
    }

    /** The vendor's {@code init} parameters with the default drift window of one step. */
    public static TotpSettings of(String algorithm, int passLength, String prefix, String key,
                                  int interval, int cardSessionLength, String delimiter) {
        return new TotpSettings(Algorithm.parse(algorithm), passLength, prefix, key, interval,
                cardSessionLength, delimiter, DEFAULT_DRIFT_STEPS);
    }

    public TotpSettings withDriftSteps(int steps) {
        return new TotpSettings(algorithm, passLength, prefix, keyHex, intervalSeconds, cardSessionLength, delimiter, steps);
    }

    /** The decoded secret key; callers must not keep or print it. */
    public byte[] keyBytes() {
        return HexFormat.of().parseHex(keyHex);
    }

    static boolean isLatinLetterOrDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static void requireHexKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new InvalidTotpSettingException("key", "missing; allowed: an even-length hex string");
        }
        if (key.length() % 2 != 0) {
            throw new InvalidTotpSettingException("key",
                    "has an odd number of characters (" + key.length() + "); allowed: an even-length hex string");
        }
        for (int i = 0; i < key.length(); i++) {
            // Character.digit would also take digits of other scripts, which the hex decoder then refuses.
            char c = key.charAt(i);
            boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!hex) {
                throw new InvalidTotpSettingException("key",
                        "has a non-hex character at position " + (i + 1) + "; allowed: 0-9, a-f, A-F");
            }
        }
    }

    /** Keeps the key out of logs and exception messages. */
    @Override
    public String toString() {
        return "TotpSettings[algorithm=" + algorithm + ", passLength=" + passLength + ", prefix=" + prefix
                + ", key=(" + keyHex.length() / 2 + " bytes, hidden), interval=" + intervalSeconds
                + ", cardSessionLength=" + cardSessionLength + ", delimiter=" + delimiter
                + ", driftSteps=" + driftSteps + "]";
    }
}

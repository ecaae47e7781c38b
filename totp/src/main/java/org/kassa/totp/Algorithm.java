package org.kassa.totp;

/** HMAC algorithms the vendor's Passcode Verify library accepts. */
public enum Algorithm {
    HMACSHA256("HmacSHA256"),
    HMACSHA1("HmacSHA1");

    private final String jcaName;

    Algorithm(String jcaName) {
        this.jcaName = jcaName;
    }

    /** The name of this algorithm in the Java Cryptography Architecture. */
    public String jcaName() {
        return jcaName;
    }

    /** Parses the vendor's spelling (case-insensitive, dashes ignored), or fails naming the allowed values. */
    public static Algorithm parse(String value) {
        String normalized = value == null ? "" : value.trim().replace("-", "").toUpperCase(java.util.Locale.ROOT);
        for (Algorithm a : values()) {
            if (a.name().equals(normalized)) {
                return a;
            }
        }
        throw new InvalidTotpSettingException("algorithm",
                "'" + value + "' is not supported; allowed: HMACSHA256, HMACSHA1");
    }
}

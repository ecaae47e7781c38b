package org.kassa.totp;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Keys, settings and clocks shared by the tests. The keys are the public RFC 6238 test keys. */
final class Fixtures {

    /** ASCII {@code 12345678901234567890}: the RFC 6238 SHA-1 key. */
    static final String RFC_SHA1_KEY = "3132333435363738393031323334353637383930";
    /** ASCII {@code 12345678901234567890123456789012}: the RFC 6238 SHA-256 key. */
    static final String RFC_SHA256_KEY = "3132333435363738393031323334353637383930313233343536373839303132";

    static final String CARD = "1234567891011";
    static final String SESSION = "A1G97N";
    /** A time in the middle of a 30 s step (step 37037037 starts at 1111111110). */
    static final long NOW = 1_111_111_125L;

    private Fixtures() {
    }

    /** The contract's example settings: HMACSHA256, 8 digits, CM, 30 s, session 6, {@code =}, drift 1. */
    static TotpSettings settings() {
        return TotpSettings.of("HMACSHA256", 8, "CM", RFC_SHA256_KEY, 30, 6, "=");
    }

    static Clock clockAt(long epochSecond) {
        return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }

    static PasscodeVerify verifierAt(TotpSettings settings, long epochSecond) {
        return Passcodes.kassa(settings, clockAt(epochSecond), fixedFingerprint());
    }

    static DeskFingerprint fixedFingerprint() {
        return DeskFingerprint.fixed("Intel(R) Celeron(R) N4020", "GenuineIntel", "till-0042", "192.168.1.20",
                "Honeywell 1450g#Epson TM-T20III");
    }
}

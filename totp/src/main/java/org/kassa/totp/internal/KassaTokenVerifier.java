package org.kassa.totp.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import org.kassa.totp.TokenCheck;
import org.kassa.totp.TokenVerifier;
import org.kassa.totp.TotpSettings;

/**
 * Checks {@code token = Base64(fingerprint) + password}: the fingerprint must have the vendor's six fields and
 * the password must match the body's SHA-256 for a time step within the drift window of this clock.
 */
public final class KassaTokenVerifier implements TokenVerifier {

    private static final int FINGERPRINT_FIELDS = 6;

    private final TotpSettings settings;
    private final Clock clock;
    private final Hotp hotp;

    public KassaTokenVerifier(TotpSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.hotp = new Hotp(settings.algorithm(), settings.keyBytes(), settings.passLength());
    }

    @Override
    public TokenCheck check(String token, byte[] body) {
        int passLength = settings.passLength();
        if (token == null || body == null || token.length() <= passLength) {
            return TokenCheck.MALFORMED;
        }
        String head = token.substring(0, token.length() - passLength);
        String password = token.substring(token.length() - passLength);
        if (!password.chars().allMatch(c -> c >= '0' && c <= '9') || !isFingerprint(head)) {
            return TokenCheck.MALFORMED;
        }
        byte[] digest = KassaPasscodeVerify.sha256(body);
        long counter = Math.floorDiv(clock.millis(), settings.intervalSeconds() * 1000L);
        boolean match = false;
        for (int d = -settings.driftSteps(); d <= settings.driftSteps(); d++) {
            match |= Hotp.same(hotp.password(counter + d, digest), password);
        }
        return match ? TokenCheck.VALID : TokenCheck.MISMATCH;
    }

    private static boolean isFingerprint(String base64) {
        try {
            String text = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
            String[] fields = text.split(";", -1);
            return fields.length == FINGERPRINT_FIELDS && !fields[3].isEmpty()
                    && fields[3].chars().allMatch(c -> c >= '0' && c <= '9');
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}

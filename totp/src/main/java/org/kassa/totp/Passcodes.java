package org.kassa.totp;

import java.time.Clock;
import java.util.Comparator;
import java.util.ServiceLoader;
import org.kassa.totp.internal.KassaPasscodeVerify;
import org.kassa.totp.internal.KassaTokenVerifier;

/** Entry point of the module: the Passcode Verify in force, and the token check the sandbox uses. */
public final class Passcodes {

    private Passcodes() {
    }

    /** The installed provider with the highest priority; Kassa's own when no other is installed. */
    public static PasscodeVerifyProvider provider() {
        return ServiceLoader.load(PasscodeVerifyProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .max(Comparator.comparingInt(PasscodeVerifyProvider::priority))
                .orElseGet(KassaPasscodeVerify.Provider::new);
    }

    /** Passcode Verify from the provider in force, on the system clock. */
    public static PasscodeVerify create(TotpSettings settings) {
        return provider().create(settings, Clock.systemUTC());
    }

    /**
     * Passcode Verify from the provider in force on an explicit clock: what the till uses, with the time a
     * command was asked to pretend ({@code --at}).
     */
    public static PasscodeVerify create(TotpSettings settings, Clock clock) {
        return provider().create(settings, clock);
    }

    /** Kassa's own implementation with an explicit clock (tests, the sandbox). */
    public static PasscodeVerify kassa(TotpSettings settings, Clock clock) {
        return new KassaPasscodeVerify(settings, clock, DeskFingerprint.system());
    }

    /** Kassa's own implementation with an explicit clock and fingerprint. */
    public static PasscodeVerify kassa(TotpSettings settings, Clock clock, DeskFingerprint fingerprint) {
        return new KassaPasscodeVerify(settings, clock, fingerprint);
    }

    /** The server side of {@link PasscodeVerify#getToken}: checks a token against the exact body bytes. */
    public static TokenVerifier tokenVerifier(TotpSettings settings, Clock clock) {
        return new KassaTokenVerifier(settings, clock);
    }
}

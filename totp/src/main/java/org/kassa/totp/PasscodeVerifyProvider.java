package org.kassa.totp;

import java.time.Clock;

/**
 * Creates {@link PasscodeVerify} instances. Found through {@link java.util.ServiceLoader}, so a jar on the
 * class path that wraps the vendor's library can take over by offering a provider with a higher priority.
 */
public interface PasscodeVerifyProvider {

    /** A short name shown in diagnostics, e.g. {@code kassa} or {@code koshelek-vendor}. */
    String name();

    /** The provider with the highest priority wins; Kassa's own implementation has priority 0. */
    default int priority() {
        return 0;
    }

    PasscodeVerify create(TotpSettings settings, Clock clock);
}

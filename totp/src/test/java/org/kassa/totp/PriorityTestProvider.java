package org.kassa.totp;

import java.time.Clock;

/**
 * Stands in for a vendor adapter: declared in the test resources' META-INF/services with a higher priority than
 * Kassa's own. It delegates to Kassa's implementation so that other tests are not affected.
 */
public final class PriorityTestProvider implements PasscodeVerifyProvider {

    @Override
    public String name() {
        return "test-vendor";
    }

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public PasscodeVerify create(TotpSettings settings, Clock clock) {
        return Passcodes.kassa(settings, clock, DeskFingerprint.fixed("cpu", "vendor", "serial", "127.0.0.1", "none"));
    }
}

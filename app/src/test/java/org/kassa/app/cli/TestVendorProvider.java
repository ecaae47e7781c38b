package org.kassa.app.cli;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.kassa.totp.DeskFingerprint;
import org.kassa.totp.PasscodeVerify;
import org.kassa.totp.PasscodeVerifyProvider;
import org.kassa.totp.Passcodes;
import org.kassa.totp.TotpSettings;

/**
 * Stands in for a vendor adapter jar: declared in the app's test resources (META-INF/services) with a higher
 * priority than Kassa's own. It counts what it creates and signs tokens with a fingerprint of its own, so a
 * test can see that a command went through the ServiceLoader; otherwise it answers as Kassa's implementation.
 */
public final class TestVendorProvider implements PasscodeVerifyProvider {

    static final String CPU = "test-vendor-cpu";
    static final AtomicInteger CREATED = new AtomicInteger();

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
        CREATED.incrementAndGet();
        return Passcodes.kassa(settings, clock, DeskFingerprint.fixed(CPU, "vendor", "serial", "127.0.0.1", "none"));
    }
}

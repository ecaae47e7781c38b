package org.kassa.totp.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import org.kassa.totp.BarcodeResult;
import org.kassa.totp.DeskFingerprint;
import org.kassa.totp.FailureReason;
import org.kassa.totp.PasscodeVerify;
import org.kassa.totp.PasscodeVerifyProvider;
import org.kassa.totp.TotpSettings;

/**
 * Kassa's own Passcode Verify: RFC 6238 barcodes and body-bound request tokens
 * (docs/contracts.md#loyalty-barcode).
 */
public final class KassaPasscodeVerify implements PasscodeVerify {

    private static final System.Logger LOG = System.getLogger(KassaPasscodeVerify.class.getName());

    /** The ServiceLoader entry for this implementation. */
    public static final class Provider implements PasscodeVerifyProvider {
        @Override
        public String name() {
            return "kassa";
        }

        @Override
        public PasscodeVerify create(TotpSettings settings, Clock clock) {
            return new KassaPasscodeVerify(settings, clock, DeskFingerprint.system());
        }
    }

    private final TotpSettings settings;
    private final Clock clock;
    private final DeskFingerprint fingerprint;
    private final Hotp hotp;
    private final BarcodeLayout layout;
    private final ReplayGuard replays;
    private final AtomicLong unexpectedFailures = new AtomicLong();

    public KassaPasscodeVerify(TotpSettings settings, Clock clock, DeskFingerprint fingerprint) {
        this.settings = settings;
        this.clock = clock;
        this.fingerprint = fingerprint;
        this.hotp = new Hotp(settings.algorithm(), settings.keyBytes(), settings.passLength());
        this.layout = new BarcodeLayout(settings);
        this.replays = new ReplayGuard((2L * settings.driftSteps() + 2) * settings.intervalSeconds());
    }

    @Override
    public BarcodeResult barcodeVerify(String fullBarcode) {
        try {
            return verify(fullBarcode);
        } catch (RuntimeException unexpected) {
            // The contract is "never throws for anything a scanner sends"; a bug must not stop the till. It must
            // not hide either: it is logged (without the scan, which holds a card number) and counted.
            long count = unexpectedFailures.incrementAndGet();
            LOG.log(System.Logger.Level.ERROR, () -> "barcodeVerify: unexpected " + unexpected.getClass().getName()
                    + " at " + firstFrame(unexpected) + " for a scan of " + length(fullBarcode)
                    + " characters; answered VALIDATION_FAILED (" + count + " so far); please report this");
            return BarcodeResult.failed(null, fullBarcode, FailureReason.MALFORMED);
        }
    }

    @Override
    public long unexpectedFailures() {
        return unexpectedFailures.get();
    }

    private static String firstFrame(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        return trace.length == 0 ? "(no stack trace)" : trace[0].toString();
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    private BarcodeResult verify(String fullBarcode) {
        if (!layout.hasPrefix(fullBarcode)) {
            return BarcodeResult.anotherInstance(fullBarcode);
        }
        BarcodeLayout.Parts parts = layout.parse(fullBarcode);
        if (!parts.wellFormed()) {
            return BarcodeResult.failed(parts.cardNumber(), fullBarcode, FailureReason.MALFORMED);
        }
        long now = clock.instant().getEpochSecond();
        if (!passwordInWindow(parts.password(), now)) {
            return BarcodeResult.failed(parts.cardNumber(), fullBarcode, FailureReason.WRONG_PASSWORD);
        }
        if (replays.wasUsed(parts.cardNumber(), parts.password(), now)) {
            return BarcodeResult.failed(parts.cardNumber(), fullBarcode, FailureReason.REPLAYED);
        }
        return BarcodeResult.valid(parts.cardNumber(), parts.cardSession(), fullBarcode);
    }

    private boolean passwordInWindow(String password, long epochSecond) {
        long counter = Math.floorDiv(epochSecond, settings.intervalSeconds());
        boolean match = false;
        for (int d = -settings.driftSteps(); d <= settings.driftSteps(); d++) {
            // No early exit: every step costs the same, whichever matches.
            match |= Hotp.same(hotp.password(counter + d), password);
        }
        return match;
    }

    @Override
    public void confirmUsed(BarcodeResult result) {
        if (result == null || !result.totpCodeValid() || !layout.hasPrefix(result.fullBarcode())) {
            return;
        }
        BarcodeLayout.Parts parts = layout.parse(result.fullBarcode());
        if (!parts.wellFormed()) {
            return; // not a result of this instance: nothing of ours to remember
        }
        replays.markUsed(parts.cardNumber(), parts.password(), clock.instant().getEpochSecond());
    }

    @Override
    public String getToken(byte[] requestData) {
        if (requestData == null) {
            throw new IllegalArgumentException("requestData is null: pass the exact bytes of the request body");
        }
        long millis = clock.millis();
        String head = Base64.getEncoder().encodeToString(fingerprint.at(millis).getBytes(StandardCharsets.UTF_8));
        long counter = Math.floorDiv(millis, settings.intervalSeconds() * 1000L);
        return head + hotp.password(counter, sha256(requestData));
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}

package org.kassa.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A password used by a completed sale is refused afterwards; re-scanning in the open sale is harmless. */
class ReplayTest {

    private final TotpSettings settings = Fixtures.settings();
    private final MutableClock clock = new MutableClock(Fixtures.NOW);
    private final PasscodeVerify verify = Passcodes.kassa(settings, clock, Fixtures.fixedFingerprint());
    private final BarcodeGenerator generator = new BarcodeGenerator(settings);

    @Test
    void rescanBeforeTheSaleCompletesIsStillValid() {
        String barcode = generator.barcode(Fixtures.CARD, Fixtures.SESSION, Fixtures.NOW);
        for (int i = 0; i < 5; i++) {
            assertThat(verify.barcodeVerify(barcode).resultCode()).isEqualTo(ResultCode.CARDSESSION_AVAILABLE);
        }
    }

    @Test
    void barcodeOfACompletedSaleIsRefusedAsReplayed() {
        String barcode = generator.barcode(Fixtures.CARD, Fixtures.SESSION, Fixtures.NOW);
        verify.confirmUsed(verify.barcodeVerify(barcode));
        clock.advance(10);
        BarcodeResult again = verify.barcodeVerify(barcode);
        ResultCodeTableTest.assertResult(again, ResultCode.VALIDATION_FAILED, false, Fixtures.CARD, null, barcode,
                FailureReason.REPLAYED);
        // Without the session, the same password of the same card is the same replay.
        String withoutSession = generator.barcode(Fixtures.CARD, null, Fixtures.NOW);
        assertThat(verify.barcodeVerify(withoutSession).failureReason()).isEqualTo(FailureReason.REPLAYED);
    }

    @Test
    void replayIsPerCardAndPerPassword() {
        verify.confirmUsed(verify.barcodeVerify(generator.barcode(Fixtures.CARD, Fixtures.SESSION, Fixtures.NOW)));
        assertThat(verify.barcodeVerify(generator.barcode("999", Fixtures.SESSION, Fixtures.NOW)).totpCodeValid())
                .as("another card with the same password").isTrue();
        clock.advance(30);
        assertThat(verify.barcodeVerify(generator.barcode(Fixtures.CARD, Fixtures.SESSION, clock.instant().getEpochSecond()))
                .totpCodeValid()).as("the same card's next password").isTrue();
    }

    @Test
    void replayIsRefusedUntilThePasswordHasExpiredAnyway() {
        String barcode = generator.barcode(Fixtures.CARD, null, Fixtures.NOW);
        verify.confirmUsed(verify.barcodeVerify(barcode));
        for (int s = 0; s < 120; s++) {
            clock.advance(1);
            BarcodeResult r = verify.barcodeVerify(barcode);
            assertThat(r.totpCodeValid()).as("%d s after the sale", s + 1).isFalse();
            assertThat(r.failureReason()).isIn(FailureReason.REPLAYED, FailureReason.WRONG_PASSWORD);
        }
    }

    @Test
    void confirmingAFailedOrForeignResultChangesNothing() {
        String barcode = generator.barcode(Fixtures.CARD, null, Fixtures.NOW);
        verify.confirmUsed(null);
        verify.confirmUsed(BarcodeResult.anotherInstance("4601234567893"));
        verify.confirmUsed(BarcodeResult.failed(Fixtures.CARD, barcode, FailureReason.WRONG_PASSWORD));
        verify.confirmUsed(new BarcodeResult(ResultCode.CARDSESSION_NOT_AVAILABLE, true, "1", null, null, FailureReason.NONE));
        verify.confirmUsed(new BarcodeResult(ResultCode.CARDSESSION_NOT_AVAILABLE, true, "1", null, "garbage", FailureReason.NONE));
        assertThat(verify.barcodeVerify(barcode).totpCodeValid()).isTrue();
    }

    /** A clock the test moves forward; barcodeVerify reads it on every call. */
    static final class MutableClock extends Clock {
        private volatile long epochSecond;

        MutableClock(long epochSecond) {
            this.epochSecond = epochSecond;
        }

        void advance(long seconds) {
            epochSecond += seconds;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(epochSecond);
        }
    }
}

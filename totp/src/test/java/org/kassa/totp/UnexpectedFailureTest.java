package org.kassa.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * barcodeVerify never throws, but a bug it swallows is counted: otherwise the fuzz property ("never throws")
 * could not fail. A clock that breaks stands in for a bug inside the verifier.
 */
class UnexpectedFailureTest {

    /** A clock whose reading throws, as a bug deep inside the verification would. */
    static final class BrokenClock extends Clock {
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
            throw new IllegalStateException("clock broken on purpose");
        }
    }

    @Test
    void aSwallowedBugIsAnsweredAsValidationFailedAndCounted() {
        TotpSettings settings = Fixtures.settings();
        PasscodeVerify verify = Passcodes.kassa(settings, new BrokenClock(), Fixtures.fixedFingerprint());
        String barcode = new BarcodeGenerator(settings).barcode(Fixtures.CARD, Fixtures.SESSION, Fixtures.NOW);

        BarcodeResult first = verify.barcodeVerify(barcode);
        verify.barcodeVerify(barcode);

        assertThat(first.resultCode()).isEqualTo(ResultCode.VALIDATION_FAILED);
        assertThat(first.totpCodeValid()).isFalse();
        assertThat(first.fullBarcode()).isSameAs(barcode);
        assertThat(verify.unexpectedFailures()).isEqualTo(2);
    }

    @Test
    void ordinaryBadInputIsNotAnUnexpectedFailure() {
        PasscodeVerify verify = Fixtures.verifierAt(Fixtures.settings(), Fixtures.NOW);
        for (String scan : new String[] {"", "CM", "CM=", "CM1=ABCDEF=1", "4600000000001", "CM\u001d\r\n"}) {
            assertThat(verify.barcodeVerify(scan).totpCodeValid()).isFalse();
        }
        assertThat(verify.unexpectedFailures()).isZero();
    }
}

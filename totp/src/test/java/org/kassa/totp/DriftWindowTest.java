package org.kassa.totp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exactly ±driftSteps steps are accepted, one more step either way is refused (docs/contracts.md#totp-password). */
class DriftWindowTest {

    private static final int INTERVAL = 30;
    /** The first second of a step, and its last second: the window must not depend on where in the step we are. */
    private static final long STEP_START = 1_700_000_010L;
    private static final long STEP_END = STEP_START + INTERVAL - 1;

    @ParameterizedTest(name = "driftSteps {0}")
    @ValueSource(ints = {0, 1, 2})
    void passwordsWithinTheWindowAreAcceptedAndOneStepBeyondIsRefused(int driftSteps) {
        TotpSettings settings = Fixtures.settings().withDriftSteps(driftSteps);
        BarcodeGenerator generator = new BarcodeGenerator(settings);
        for (long now : new long[] {STEP_START, STEP_END}) {
            PasscodeVerify verify = Fixtures.verifierAt(settings, now);
            for (int step = -driftSteps - 1; step <= driftSteps + 1; step++) {
                String barcode = generator.barcode("42", "SESS01", now + (long) step * INTERVAL);
                BarcodeResult r = verify.barcodeVerify(barcode);
                boolean inside = Math.abs(step) <= driftSteps;
                assertThat(r.totpCodeValid()).as("drift %d, password of step %+d, now %d", driftSteps, step, now)
                        .isEqualTo(inside);
                assertThat(r.resultCode()).isEqualTo(inside ? ResultCode.CARDSESSION_AVAILABLE : ResultCode.VALIDATION_FAILED);
            }
        }
    }

    @ParameterizedTest(name = "driftSteps {0}")
    @ValueSource(ints = {0, 1, 2})
    void windowIsCountedInStepsNotSeconds(int driftSteps) {
        // A password made one second before the window's first step is one step too old.
        TotpSettings settings = Fixtures.settings().withDriftSteps(driftSteps);
        String barcode = new BarcodeGenerator(settings).barcode("42", null, STEP_START - 1 - (long) driftSteps * INTERVAL);
        assertThat(Fixtures.verifierAt(settings, STEP_START).barcodeVerify(barcode).failureReason())
                .isEqualTo(FailureReason.WRONG_PASSWORD);
        assertThat(Fixtures.verifierAt(settings, STEP_START - 1).barcodeVerify(barcode).totpCodeValid()).isTrue();
    }

    @ParameterizedTest(name = "t = {0}")
    @ValueSource(longs = {0, 1, 29, 30, -1, -31})
    void timesAroundTheEpochUseFloorDivision(long now) {
        // Step -1 holds t = -30..-1; a clock slightly before 1970 must still agree with the generator.
        TotpSettings settings = Fixtures.settings().withDriftSteps(0);
        String barcode = new BarcodeGenerator(settings).barcode("42", null, now);
        assertThat(Fixtures.verifierAt(settings, now).barcodeVerify(barcode).totpCodeValid()).isTrue();
    }
}

package org.kassa.totp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every row of the result-code table of docs/contracts.md#result-codes, with the contract's example layout. */
class ResultCodeTableTest {

    private final TotpSettings settings = Fixtures.settings();
    private final PasscodeVerify verify = Fixtures.verifierAt(settings, Fixtures.NOW);
    private final String password = new BarcodeGenerator(settings).password(Fixtures.NOW);

    @Test
    void validPasswordWithSessionGivesCardsessionAvailable() {
        String barcode = "CM1234567891011=A1G97N=" + password;
        assertResult(verify.barcodeVerify(barcode), ResultCode.CARDSESSION_AVAILABLE, true, "1234567891011", "A1G97N",
                barcode, FailureReason.NONE);
        assertThat(verify.barcodeVerify(barcode).koshelekPayAvailable()).isTrue();
    }

    @Test
    void validPasswordWithoutSessionGivesCardsessionNotAvailable() {
        String barcode = "CM1234567891011=" + password;
        assertResult(verify.barcodeVerify(barcode), ResultCode.CARDSESSION_NOT_AVAILABLE, true, "1234567891011", null,
                barcode, FailureReason.NONE);
        assertThat(verify.barcodeVerify(barcode).koshelekPayAvailable()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234567891011", "4601234567893", "2200123412341234", "ABC-123", "XM1234567891011=A1G97N=12345678",
        "cm1234567891011=A1G97N=12345678", "C", " CM1234567891011=12345678", "\u001dCM1=12345678", "СМ1=12345678"})
    void noOrAnotherPrefixGivesAnotherInstance(String barcode) {
        assertResult(verify.barcodeVerify(barcode), ResultCode.ANOTHER_INSTANCE, false, null, null, barcode, FailureReason.NONE);
    }

    @Test
    void plainMerchantCardWithATodayPasswordTailIsStillAnotherInstance() {
        // Backward compatibility: a card printed before the integration never starts with the prefix.
        String barcode = "4601234567893=" + password;
        assertResult(verify.barcodeVerify(barcode), ResultCode.ANOTHER_INSTANCE, false, null, null, barcode, FailureReason.NONE);
    }

    @Test
    void nullIsAnotherInstanceAndDoesNotThrow() {
        assertResult(verify.barcodeVerify(null), ResultCode.ANOTHER_INSTANCE, false, null, null, null, FailureReason.NONE);
    }

    @Test
    void wrongPasswordIsValidationFailedWithTheCardNumber() {
        String wrong = String.format("%08d", (Integer.parseInt(password) + 1) % 100_000_000);
        String barcode = "CM1234567891011=A1G97N=" + wrong;
        assertResult(verify.barcodeVerify(barcode), ResultCode.VALIDATION_FAILED, false, "1234567891011", null, barcode,
                FailureReason.WRONG_PASSWORD);
    }

    @Test
    void expiredPasswordIsValidationFailed() {
        String old = new BarcodeGenerator(settings).password(Fixtures.NOW - 5 * 60);
        String barcode = "CM1234567891011=A1G97N=" + old;
        assertResult(verify.barcodeVerify(barcode), ResultCode.VALIDATION_FAILED, false, "1234567891011", null, barcode,
                FailureReason.WRONG_PASSWORD);
    }

    @Test
    void passwordFromAnotherKeyIsValidationFailed() {
        TotpSettings other = TotpSettings.of("HMACSHA256", 8, "CM", "00112233445566778899aabbccddeeff", 30, 6, "=");
        String barcode = new BarcodeGenerator(other).barcode("1234567891011", "A1G97N", Fixtures.NOW);
        assertThat(verify.barcodeVerify(barcode).failureReason()).isEqualTo(FailureReason.WRONG_PASSWORD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CM1234567891011", "CM1234567891011=", "CM1234567891011=A1G97N=", "CM1234567891011=A1G97N",
        "CM1234567891011=1234567", "CM1234567891011=123456789", "CM1234567891011=1234567a", "CM1234567891011=A1G97=12345678",
        "CM1234567891011=A1G97NX=12345678", "CM1234567891011=A1G-7N=12345678", "CM1234567891011=A1G97N=12345678=12345678",
        "CM1234567891011=A1G97N=1234567\r", "CM1234567891011=A1G97N=１２３４５６７８", "CM1234567891011==12345678"})
    void missingOrMalformedPasswordOrSessionIsValidationFailedWithTheCardNumber(String barcode) {
        assertResult(verify.barcodeVerify(barcode), ResultCode.VALIDATION_FAILED, false, "1234567891011", null, barcode,
                FailureReason.MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CM", "CM=12345678", "CM=A1G97N=12345678", "CM123-456=12345678",
        "CM123456789012345678901234567890123=12345678",
        "CMкарта=12345678", "CM\u001d123=12345678"})
    void unparseableCardNumberIsValidationFailedWithNullNumber(String barcode) {
        assertResult(verify.barcodeVerify(barcode), ResultCode.VALIDATION_FAILED, false, null, null, barcode,
                FailureReason.MALFORMED);
    }

    @Test
    void cardNumbersOfOneAndThirtyTwoCharactersAreAccepted() {
        String longest = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
        assertThat(verify.barcodeVerify("CM" + longest + "=" + password).cardNumber()).isEqualTo(longest);
        assertThat(verify.barcodeVerify("CM7=" + password).cardNumber()).isEqualTo("7");
    }

    static void assertResult(BarcodeResult r, ResultCode code, boolean valid, String cardNumber, String session,
                             String fullBarcode, FailureReason reason) {
        assertThat(r.resultCode()).as("resultCode of %s", fullBarcode).isEqualTo(code);
        assertThat(r.totpCodeValid()).as("totpCodeValid").isEqualTo(valid);
        assertThat(r.cardNumber()).as("cardNumber").isEqualTo(cardNumber);
        assertThat(r.cardSession()).as("cardSession").isEqualTo(session);
        assertThat(r.fullBarcode()).as("fullBarcode echoes the input").isSameAs(fullBarcode);
        assertThat(r.failureReason()).as("failureReason").isEqualTo(reason);
    }
}

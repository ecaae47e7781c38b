package org.kassa.totp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Delimiters of one or more characters, including control characters and characters outside the BMP. */
class DelimiterTest {

    @ParameterizedTest(name = "delimiter \"{0}\"")
    @ValueSource(strings = {"=", "==", "||", "=/=", "\u001d", "\t", "№", "🙂", " - "})
    void barcodesWithTheDelimiterRoundTrip(String delimiter) {
        TotpSettings settings = TotpSettings.of("HMACSHA1", 6, "CM", Fixtures.RFC_SHA1_KEY, 30, 4, delimiter);
        BarcodeGenerator generator = new BarcodeGenerator(settings);
        PasscodeVerify verify = Fixtures.verifierAt(settings, Fixtures.NOW);
        String password = generator.password(Fixtures.NOW);

        String withSession = generator.barcode("CARD77", "Zz09", Fixtures.NOW);
        assertThat(withSession).isEqualTo("CMCARD77" + delimiter + "Zz09" + delimiter + password);
        BarcodeResult r = verify.barcodeVerify(withSession);
        assertThat(r.resultCode()).isEqualTo(ResultCode.CARDSESSION_AVAILABLE);
        assertThat(r.cardNumber()).isEqualTo("CARD77");
        assertThat(r.cardSession()).isEqualTo("Zz09");

        String withoutSession = generator.barcode("CARD77", null, Fixtures.NOW);
        assertThat(verify.barcodeVerify(withoutSession).resultCode()).isEqualTo(ResultCode.CARDSESSION_NOT_AVAILABLE);
    }

    @ParameterizedTest(name = "delimiter \"{0}\"")
    @ValueSource(strings = {"==", "||", "=/=", " - "})
    void halfAMultiCharacterDelimiterIsMalformed(String delimiter) {
        TotpSettings settings = TotpSettings.of("HMACSHA1", 6, "CM", Fixtures.RFC_SHA1_KEY, 30, 4, delimiter);
        String password = new BarcodeGenerator(settings).password(Fixtures.NOW);
        String half = delimiter.substring(0, 1);
        String barcode = "CMCARD77" + half + "Zz09" + half + password;
        BarcodeResult r = Fixtures.verifierAt(settings, Fixtures.NOW).barcodeVerify(barcode);
        assertThat(r.resultCode()).isEqualTo(ResultCode.VALIDATION_FAILED);
        assertThat(r.failureReason()).isEqualTo(FailureReason.MALFORMED);
        assertThat(r.cardNumber()).isNull();
    }

    @ParameterizedTest(name = "prefix \"{0}\"")
    @ValueSource(strings = {"CM", "C", "KOSHELEK", "=", "Ж", "🙂"})
    void prefixesOfAnyLengthAndScriptWork(String prefix) {
        TotpSettings settings = TotpSettings.of("HMACSHA256", 8, prefix, Fixtures.RFC_SHA256_KEY, 30, 6, "=");
        String barcode = new BarcodeGenerator(settings).barcode("1", "ABCDEF", Fixtures.NOW);
        assertThat(Fixtures.verifierAt(settings, Fixtures.NOW).barcodeVerify(barcode).resultCode())
                .isEqualTo(ResultCode.CARDSESSION_AVAILABLE);
        assertThat(Fixtures.verifierAt(settings, Fixtures.NOW).barcodeVerify(barcode.substring(prefix.length())).resultCode())
                .isEqualTo(ResultCode.ANOTHER_INSTANCE);
    }
}

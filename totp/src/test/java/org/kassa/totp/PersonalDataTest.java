package org.kassa.totp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Card numbers, barcodes, passwords and keys never appear in toString, which ends up in logs. */
class PersonalDataTest {

    @Test
    void barcodeResultShowsOnlyTheLastFourCharactersOfTheCard() {
        TotpSettings settings = Fixtures.settings();
        String barcode = new BarcodeGenerator(settings).barcode("2200123412345678", "A1G97N", Fixtures.NOW);
        BarcodeResult r = Fixtures.verifierAt(settings, Fixtures.NOW).barcodeVerify(barcode);
        String password = barcode.substring(barcode.length() - 8);
        assertThat(r.toString()).contains("CARDSESSION_AVAILABLE", "****5678", "session=present")
                .doesNotContain("22001234", "A1G97N", password, barcode);
        assertThat(BarcodeResult.failed("123", "CM123", FailureReason.MALFORMED).toString()).contains("****")
                .doesNotContain("123");
    }

    @Test
    void settingsShowEverythingButTheKey() {
        assertThat(Fixtures.settings().toString()).contains("HMACSHA256", "passLength=8", "prefix=CM", "32 bytes, hidden")
                .doesNotContain(Fixtures.RFC_SHA256_KEY);
    }
}

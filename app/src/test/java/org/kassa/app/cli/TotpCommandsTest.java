package org.kassa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kassa.totp.Passcodes;
import org.kassa.totp.TokenCheck;
import org.kassa.totp.TotpSettings;

/** verify-barcode, make-barcode and token run in-process, against RFC 6238 vectors and each other. */
class TotpCommandsTest {

    @TempDir
    Path dir;
    /** An empty file: the built-in training defaults, whatever the machine's ~/.kassa or $KASSA_CONFIG say. */
    private String defaults;

    @BeforeEach
    void emptyConfiguration() throws Exception {
        defaults = Cli.config(dir, "# nothing: built-in defaults").toString();
    }

    @Test
    void verifyBarcodePrintsExactlyTheFiveFieldsForAHandMadeBarcode() {
        // RFC 6238 appendix B: SHA-256, t = 59 -> 46119246; the built-in training key is the RFC key.
        Cli.Run run = Cli.inProcess("verify-barcode", "--config", defaults, "--at", "59", "CM1234567891011=A1G97N=46119246");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).endsWith(System.lineSeparator()).hasLineCount(1);
        JsonNode json = run.json();
        assertThat(json.fieldNames()).toIterable()
                .containsExactly("resultCode", "totpCodeValid", "cardNumber", "cardSession", "fullBarcode");
        assertThat(json.get("resultCode").asText()).isEqualTo("CARDSESSION_AVAILABLE");
        assertThat(json.get("totpCodeValid").isBoolean()).isTrue();
        assertThat(json.get("totpCodeValid").asBoolean()).isTrue();
        assertThat(json.get("cardNumber").asText()).isEqualTo("1234567891011");
        assertThat(json.get("cardSession").asText()).isEqualTo("A1G97N");
        assertThat(json.get("fullBarcode").asText()).isEqualTo("CM1234567891011=A1G97N=46119246");
    }

    @Test
    void verifyBarcodeAnswersEveryResultCodeAndEchoesControlCharacters() {
        JsonNode plain = Cli.inProcess("verify-barcode", "--config", defaults, "4601234567893").json();
        assertThat(plain.get("resultCode").asText()).isEqualTo("ANOTHER_INSTANCE");
        assertThat(plain.get("cardNumber").isNull()).isTrue();
        assertThat(plain.get("cardSession").isNull()).isTrue();

        JsonNode noSession = Cli.inProcess("verify-barcode", "--config", defaults, "--at", "1111111109", "CM42=68084774").json();
        assertThat(noSession.get("resultCode").asText()).isEqualTo("CARDSESSION_NOT_AVAILABLE");
        assertThat(noSession.get("cardSession").isNull()).isTrue();

        String scanned = "CM42=A1G97N=68084774\r\u001d";
        JsonNode failed = Cli.inProcess("verify-barcode", "--config", defaults, "--at", "1111111109", scanned).json();
        assertThat(failed.get("resultCode").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(failed.get("totpCodeValid").asBoolean()).isFalse();
        assertThat(failed.get("cardNumber").asText()).isEqualTo("42");
        assertThat(failed.get("fullBarcode").asText()).isEqualTo(scanned);
    }

    @Test
    void barcodeStartingWithADashIsVerifiedAfterDoubleDash() {
        JsonNode json = Cli.inProcess("verify-barcode", "--config", defaults, "--", "-CM1=12345678").json();
        assertThat(json.get("resultCode").asText()).isEqualTo("ANOTHER_INSTANCE");
        assertThat(json.get("fullBarcode").asText()).isEqualTo("-CM1=12345678");
    }

    @Test
    void atMovesTheClockWithinTheDriftWindowOnly() {
        String barcode = "CM42=46119246"; // step 1 (t = 30..59)
        assertThat(verdict("--at", "89", barcode)).isEqualTo("CARDSESSION_NOT_AVAILABLE");
        assertThat(verdict("--at", "0", barcode)).isEqualTo("CARDSESSION_NOT_AVAILABLE");
        assertThat(verdict("--at", "90", barcode)).isEqualTo("VALIDATION_FAILED");
        assertThat(verdict("--at", "90", "--drift-steps", "2", barcode)).isEqualTo("CARDSESSION_NOT_AVAILABLE");
        assertThat(verdict("--at", "60", "--drift-steps", "0", barcode)).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void makeBarcodeGivesTheRfcPasswordAndRoundTripsThroughVerifyBarcode() {
        Cli.Run made = Cli.inProcess("make-barcode", "--config", defaults, "--card", "1234567891011", "--session", "A1G97N",
                "--at", "59");
        assertThat(made.exit()).isZero();
        assertThat(made.line()).isEqualTo("CM1234567891011=A1G97N=46119246");

        Cli.Run now = Cli.inProcess("make-barcode", "--config", defaults, "--card", "77");
        JsonNode json = Cli.inProcess("verify-barcode", "--config", defaults, now.line()).json();
        assertThat(json.get("resultCode").asText()).isEqualTo("CARDSESSION_NOT_AVAILABLE");
        assertThat(json.get("cardNumber").asText()).isEqualTo("77");
    }

    @Test
    void configFileAndFlagsChangeTheLayoutAndFlagsWin() throws Exception {
        Path config = Cli.config(dir, "totp.algorithm = HMACSHA1", "totp.key = 3132333435363738393031323334353637383930",
                "totp.prefix = KP", "totp.delimiter = ||", "totp.passLength = 6", "totp.cardSessionLength = 4");
        Cli.Run made = Cli.inProcess("make-barcode", "--config", config.toString(), "--card", "9", "--session", "ab12",
                "--at", "1111111109");
        assertThat(made.line()).isEqualTo("KP9||ab12||081804"); // RFC 6238 SHA-1 07081804, six digits
        assertThat(Cli.inProcess("verify-barcode", "--config", config.toString(), "--at", "1111111109", made.line())
                .json().get("resultCode").asText()).isEqualTo("CARDSESSION_AVAILABLE");

        Cli.Run overridden = Cli.inProcess("make-barcode", "--config", config.toString(), "--prefix", "CM",
                "--pass-length", "8", "--delimiter", "=", "--card", "9", "--at", "1111111109");
        assertThat(overridden.line()).isEqualTo("CM9=07081804");
    }

    @Test
    void tokenIsStableForTheFileAndVerifiesAgainstItsExactBytes() throws Exception {
        byte[] body = "{\"requestId\":\"5f0c8a4e-9b1d-4c3a-8e2f-7a6b5c4d3e2f\",\"amount\":15000,\"note\":\"Молоко\"}"
                .getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("checkout.json"), body);
        Cli.Run first = Cli.inProcess("token", "--config", defaults, "--at-millis", "1716200000123", file.toString());
        Cli.Run second = Cli.inProcess("token", "--config", defaults, "--at-millis", "1716200000123", file.toString());
        assertThat(first.exit()).isZero();
        assertThat(first.line()).isEqualTo(second.line()).matches("[A-Za-z0-9+/=]+[0-9]{8}");

        TotpSettings training = TotpSettings.of("HMACSHA256", 8, "CM", Cli.RFC_SHA256_KEY, 30, 6, "=");
        Clock clock = Clock.fixed(Instant.ofEpochMilli(1716200000123L), ZoneOffset.UTC);
        assertThat(Passcodes.tokenVerifier(training, clock).check(first.line(), body)).isEqualTo(TokenCheck.VALID);
        body[body.length - 2] = 'X';
        assertThat(Passcodes.tokenVerifier(training, clock).check(first.line(), body)).isEqualTo(TokenCheck.MISMATCH);
    }

    private String verdict(String... args) {
        String[] full = new String[args.length + 3];
        full[0] = "verify-barcode";
        full[1] = "--config";
        full[2] = defaults;
        System.arraycopy(args, 0, full, 3, args.length);
        return Cli.inProcess(full).json().get("resultCode").asText();
    }
}

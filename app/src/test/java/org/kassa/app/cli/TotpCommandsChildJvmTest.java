package org.kassa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher class {@code org.kassa.app.Main} in a child JVM: arguments, exit codes and stdout/stderr as a
 * shell script sees them. The home directory is empty, so the built-in training configuration is in force.
 */
class TotpCommandsChildJvmTest {

    @TempDir
    Path home;

    @Test
    void makeBarcodeThenVerifyBarcodeRoundTrip() throws Exception {
        Cli.Run made = Cli.childJvm(home, "make-barcode", "--card", "1234567891011", "--session", "A1G97N", "--at", "59");
        assertThat(made.exit()).as(made.err()).isZero();
        assertThat(made.line()).isEqualTo("CM1234567891011=A1G97N=46119246"); // RFC 6238 SHA-256 vector

        Cli.Run verified = Cli.childJvm(home, "verify-barcode", "--at", "59", made.line());
        assertThat(verified.exit()).as(verified.err()).isZero();
        assertThat(verified.err()).isEmpty();
        JsonNode json = verified.json();
        assertThat(json.fieldNames()).toIterable()
                .containsExactly("resultCode", "totpCodeValid", "cardNumber", "cardSession", "fullBarcode");
        assertThat(json.get("resultCode").asText()).isEqualTo("CARDSESSION_AVAILABLE");
        assertThat(json.get("fullBarcode").asText()).isEqualTo(made.line());
    }

    @Test
    void tokenOfAFileIsPrintedOnOneLine() throws Exception {
        Path body = Files.writeString(home.resolve("checkout.json"), "{\"amount\":15000}", StandardCharsets.UTF_8);
        Cli.Run run = Cli.childJvm(home, "token", "--at-millis", "1716200000123", body.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).hasLineCount(1);
        assertThat(run.line()).isEqualTo(Cli.inProcess("token", "--config", Cli.config(home, "").toString(),
                "--at-millis", "1716200000123", body.toString()).line());
    }

    @Test
    void badFlagExitsWithCode2AndOneLineOnStderr() throws Exception {
        Cli.Run run = Cli.childJvm(home, "verify-barcode", "--pass-length", "11", "CM1=12345678");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).hasLineCount(1).contains("--pass-length").contains("1..10");
    }

    @Test
    void configFileFromTheEnvironmentIsUsedAndAMissingOneIsNamed() throws Exception {
        Path config = Cli.config(home, "totp.prefix = EV");
        Cli.Run run = Cli.childJvmWithEnvironment(home, config.toString(), "make-barcode", "--card", "5", "--at", "59");
        assertThat(run.line()).isEqualTo("EV5=46119246");

        Cli.Run missing = Cli.childJvmWithEnvironment(home, home.resolve("gone.properties").toString(),
                "make-barcode", "--card", "5");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err().strip()).hasLineCount(1).startsWith("kassa: KASSA_CONFIG=").contains("gone.properties")
                .contains("unset it");
    }

    @Test
    void configFileFromTheCommandLineIsUsed() throws Exception {
        Path config = Cli.config(home, "totp.prefix = KP", "totp.delimiter = |");
        Cli.Run run = Cli.childJvm(home, "make-barcode", "--config", config.toString(), "--card", "5", "--at", "59");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.line()).isEqualTo("KP5|46119246");
    }
}

package org.kassa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kassa.totp.Passcodes;

/**
 * verify-barcode and token use the Passcode Verify the ServiceLoader chooses, as the till does
 * (docs/decisions/0003): the test provider of META-INF/services outranks Kassa's own and is used.
 */
class PasscodeProviderCommandsTest {

    @TempDir
    Path dir;

    @Test
    void theLoaderChoosesTheTestProvider() {
        assertThat(Passcodes.provider()).isInstanceOf(TestVendorProvider.class);
    }

    @Test
    void tokenIsMadeByTheChosenProvider() throws Exception {
        Path body = Files.writeString(dir.resolve("body.json"), "{\"amount\":1}", StandardCharsets.UTF_8);
        int before = TestVendorProvider.CREATED.get();
        Cli.Run run = Cli.inProcess("token", "--config", Cli.config(dir, "").toString(), "--at-millis",
                "1716200000123", body.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String head = run.line().replaceAll("[0-9]{8}$", "");
        String fingerprint = new String(Base64.getDecoder().decode(head), StandardCharsets.UTF_8);
        assertThat(fingerprint).isEqualTo(TestVendorProvider.CPU + ";vendor;serial;1716200000123;127.0.0.1;none");
        assertThat(TestVendorProvider.CREATED.get()).isGreaterThan(before);
    }

    @Test
    void verifyBarcodeAsksTheChosenProvider() throws Exception {
        int before = TestVendorProvider.CREATED.get();
        // RFC 6238 SHA-256 vector: t=59 gives 46119246.
        Cli.Run run = Cli.inProcess("verify-barcode", "--config", Cli.config(dir, "").toString(), "--key",
                Cli.RFC_SHA256_KEY, "--at", "59", "CM1234567891011=46119246");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.json().get("resultCode").asText()).isEqualTo("CARDSESSION_NOT_AVAILABLE");
        assertThat(TestVendorProvider.CREATED.get()).isEqualTo(before + 1);
    }
}

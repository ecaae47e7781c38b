package org.kassa.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kassa.printer.PrinterProfile.CodePageCommand;
import org.kassa.printer.PrinterProfile.StatusMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped profiles carry the code pages of docs/test-vectors.md#escpos-code-pages. */
class PrinterProfilesTest {

    @ParameterizedTest
    @CsvSource({
        "epson,    ESC_T, 17, false, 80, 48, 576",
        "epson-58, ESC_T, 17, false, 58, 32, 384",
        "star,     STAR,  10, false, 80, 48, 576",
        "rongta,   ESC_T,  7, false, 80, 48, 576",
        "clone-58, ESC_T, 17, true,  58, 32, 384"})
    void shippedProfiles(String name, CodePageCommand command, int codePage, boolean chinese, int mm, int columns,
            int dots) {
        PrinterProfile p = PrinterProfiles.named(name);
        assertThat(p.codePageCommand()).isEqualTo(command);
        assertThat(p.codePage()).isEqualTo(codePage);
        assertThat(p.charset()).isEqualTo(Charset.forName("IBM866"));
        assertThat(p.leaveChineseMode()).isEqualTo(chinese);
        assertThat(p.paperWidthMm()).isEqualTo(mm);
        assertThat(p.columns()).isEqualTo(columns);
        assertThat(p.dotsPerLine()).isEqualTo(dots);
        assertThat(PrinterProfiles.SHIPPED).contains(name);
    }

    @Test
    void aMerchantProfileFileWithCp1251(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my.properties");
        Files.writeString(file, "name = my\npaper.widthMm = 58\ncodePage.number = 73\ncodePage.charset = windows-1251\n"
                + "leaveChineseMode = true\nqr = raster\ncut.style = esc-i\n");
        PrinterProfile p = PrinterProfiles.resolve(file.toString());
        assertThat(p.codePage()).isEqualTo(73);
        assertThat(p.charset()).isEqualTo(Charset.forName("windows-1251"));
        assertThat(p.cut()).isEqualTo(PrinterProfile.CutStyle.ESC_I);
        assertThat(p.columns()).isEqualTo(32);
    }

    @Test
    void errorsNameTheFileTheKeyAndTheAllowedValues(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, "name = bad\npaper.widthMm = 80\ncut.style = scissors\n");
        assertThatThrownBy(() -> PrinterProfiles.load(file)).hasMessageContaining(file.toString())
                .hasMessageContaining("cut.style: 'scissors' is not allowed; allowed: gs-v, gs-v-feed, esc-i, none");
        Files.writeString(file, "name = bad\npaper.widthMm = 80\ncodePage.charset = UTF-8\n");
        assertThatThrownBy(() -> PrinterProfiles.load(file)).hasMessageContaining("not a single-byte code page");
        Files.writeString(file, "name = bad\npaper.widthMm = 80\ncodepage.number = 17\n");
        assertThatThrownBy(() -> PrinterProfiles.load(file)).hasMessageContaining("codepage.number: unknown key");
    }

    @ParameterizedTest
    @CsvSource({"epson, OPTIONAL", "epson-58, OPTIONAL", "rongta, OPTIONAL", "star, OFF", "clone-58, OFF"})
    void shippedProfilesAskForStatusWithoutRequiringAnAnswer(String name, StatusMode mode) {
        assertThat(PrinterProfiles.named(name).status()).isEqualTo(mode);
    }

    @ParameterizedTest
    @CsvSource({
        "'',                                        OPTIONAL",
        "status.mode = strict,                      STRICT",
        "status.mode = off,                         OFF",
        "statusQueries = false,                     OFF",
        "statusQueries = true,                      OPTIONAL",
        "status.mode = strict; statusQueries = true, STRICT"})
    void statusModeFromAMerchantFile(String lines, StatusMode expected) throws Exception {
        Path file = file("status.properties", "name = s\npaper.widthMm = 80\n" + lines.replace("; ", "\n") + "\n");
        assertThat(PrinterProfiles.load(file).status()).isEqualTo(expected);
    }

    @Test
    void aBadOrContradictoryStatusModeIsRefusedNamingTheKey() throws Exception {
        Path bad = file("bad-status.properties", "name = b\npaper.widthMm = 80\nstatus.mode = maybe\n");
        assertThatThrownBy(() -> PrinterProfiles.load(bad)).hasMessageContaining(bad.toString())
                .hasMessageContaining("status.mode: 'maybe' is not allowed; allowed: off, optional, strict");
        Path both = file("both-status.properties", "name = b\npaper.widthMm = 80\nstatus.mode = strict\n"
                + "statusQueries = false\n");
        assertThatThrownBy(() -> PrinterProfiles.load(both))
                .hasMessageContaining("statusQueries: contradicts status.mode = strict; remove statusQueries");
    }

    /** A profile file under target/ (tests write nowhere else). */
    private static Path file(String name, String text) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "test-profiles"));
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void anUnknownProfileNameListsTheShippedOnes() {
        assertThatThrownBy(() -> PrinterProfiles.named("epsom")).hasMessageContaining("epson, epson-58, star");
    }
}

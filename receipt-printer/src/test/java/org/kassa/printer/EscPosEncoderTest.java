package org.kassa.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.HexFormat;
import java.util.List;
import org.kassa.printer.ReceiptBuilder.Align;
import org.kassa.printer.ReceiptBuilder.Cut;
import org.kassa.printer.testing.EscPosDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden bytes from the Epson ESC/POS reference and the code-page table of docs/test-vectors.md#escpos-code-pages.
 */
class EscPosEncoderTest {

    private static final PrinterProfile EPSON = PrinterProfiles.named("epson");

    private static String hex(PrintDocument doc) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(doc.bytes());
    }

    private static String hexAfterInit(PrintDocument doc) {
        return hex(doc).substring("1B 40 1B 74 11 ".length());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "epson,    1B 40 1B 74 11",
        "epson-58, 1B 40 1B 74 11",
        "star,     1B 40 1B 1D 74 0A",
        "rongta,   1B 40 1B 74 07",
        "clone-58, 1B 40 1C 2E 1B 74 11"})
    void everyDocumentStartsWithInitLeaveChineseModeAndTheCodePage(String profile, String start) {
        assertThat(hex(Receipts.builder(PrinterProfiles.named(profile)).build())).isEqualTo(start);
    }

    @Test
    void russianTextIsEncodedInCp866() {
        PrintDocument doc = Receipts.builder(EPSON).line("Привет, Ёж!").build();
        assertThat(hexAfterInit(doc)).isEqualTo("8F E0 A8 A2 A5 E2 2C 20 F0 A6 21 0A");
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void styleCommandsHaveTheirReferenceBytes() {
        PrintDocument doc = Receipts.builder(EPSON).align(Align.CENTER).bold(true).size(2, 2).text("A")
                .size(1, 1).bold(false).align(Align.RIGHT).feed(2).build();
        assertThat(hexAfterInit(doc)).isEqualTo("1B 61 01 1B 45 01 1D 21 11 41 1D 21 00 1B 45 00 1B 61 02 0A 0A");
    }

    @Test
    void aCharacterTheCodePageLacksIsPrintedAsQuestionMarkAndReported() {
        PrintDocument doc = Receipts.builder(EPSON).line("Итого 5 ₽").build();
        assertThat(hexAfterInit(doc)).endsWith("35 20 3F 0A");
        assertThat(doc.warnings()).singleElement().satisfies(w -> {
            assertThat(w.codePoint()).isEqualTo(0x20BD);
            assertThat(w.index()).isEqualTo(8);
            assertThat(w.message()).contains("U+20BD", "IBM866", "Итого 5 ₽", "'?'");
        });
    }

    @Test
    void controlCharactersInDataCannotInjectCommands() {
        PrintDocument doc = Receipts.builder(EPSON).text("A\u001Bp\u0000\u0019").build();
        assertThat(hexAfterInit(doc)).isEqualTo("41 3F 70 3F 3F");
        assertThat(doc.warnings()).hasSize(3);
    }

    @Test
    void windows1251ProfileEncodesWithThatCharset() {
        PrinterProfile cp1251 = withCharset(EPSON, 46, "windows-1251");
        PrintDocument doc = Receipts.builder(cp1251).text("Ёж").build();
        assertThat(hex(doc)).isEqualTo("1B 40 1B 74 2E A8 E6");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GS_V,      FULL,    1B 64 04 1D 56 00",
        "GS_V,      PARTIAL, 1B 64 04 1D 56 01",
        "GS_V_FEED, FULL,    1D 56 41 04",
        "GS_V_FEED, PARTIAL, 1D 56 42 04",
        "ESC_I,     FULL,    1B 64 04 1B 69",
        "ESC_I,     PARTIAL, 1B 64 04 1B 6D",
        "NONE,      FULL,    1B 64 04"})
    void cutCommands(PrinterProfile.CutStyle style, Cut cut, String bytes) {
        PrinterProfile p = new PrinterProfile("t", "", 80, 48, 576, PrinterProfile.CodePageCommand.ESC_T, 17,
                EPSON.charset(), false, style, 4, 2, 50, 500, PrinterProfile.QrMode.NATIVE,
                PrinterProfile.StatusMode.OPTIONAL);
        assertThat(hexAfterInit(Receipts.builder(p).cut(cut).build())).isEqualTo(bytes);
    }

    @Test
    void drawerPulseOnPin2With50And500Ms() {
        assertThat(hexAfterInit(Receipts.builder(EPSON).drawerPulse().build())).isEqualTo("1B 70 00 19 FA");
    }

    @Test
    void nativeQrIsModel2SizeLevelMStoreAndPrint() {
        String bytes = hexAfterInit(Receipts.builder(EPSON).qr("abc", 6).build());
        assertThat(bytes).isEqualTo("1D 28 6B 04 00 31 41 32 00 "
                + "1D 28 6B 03 00 31 43 06 "
                + "1D 28 6B 03 00 31 45 31 "
                + "1D 28 6B 06 00 31 50 30 61 62 63 "
                + "1D 28 6B 03 00 31 51 30");
    }

    @Test
    void code128UsesCodeSetBWithHriBelow() {
        String bytes = hexAfterInit(Receipts.builder(EPSON).code128("AB1").build());
        assertThat(bytes).isEqualTo("1D 68 50 1D 77 02 1D 48 02 1D 6B 49 05 7B 42 41 42 31");
    }

    @Test
    void code128RefusesNonAscii() {
        assertThatThrownBy(() -> Receipts.builder(EPSON).code128("Ж")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("printable ASCII");
    }

    @Test
    void rasterImageIsGsV0WithOneBitPerDot() {
        BufferedImage img = new BufferedImage(10, 2, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 10; x++) {
            img.setRGB(x, 0, 0xFFFFFF);
            img.setRGB(x, 1, x % 2 == 0 ? 0x000000 : 0xFFFFFF);
        }
        img.setRGB(0, 0, 0x000000);
        img.setRGB(9, 0, 0x000000);
        String bytes = hexAfterInit(Receipts.builder(EPSON).image(img).build());
        assertThat(bytes).isEqualTo("1D 76 30 00 02 00 02 00 80 40 AA 80");
    }

    @Test
    void wideImagesAreScaledToThePaper() {
        BufferedImage img = new BufferedImage(1000, 100, BufferedImage.TYPE_INT_RGB);
        List<EscPosDecoder.Item> items = EscPosDecoder.decode(Receipts.builder(EPSON).image(img).build().bytes(),
                EscPosDecoder.EPSON);
        BufferedImage printed = EscPosDecoder.bitmap(items.get(2));
        assertThat(printed.getWidth()).isEqualTo(576);
    }

    @Test
    void tallImagesAreSentInBands() {
        BufferedImage img = new BufferedImage(8, 600, BufferedImage.TYPE_INT_RGB);
        List<EscPosDecoder.Item> items = EscPosDecoder.decode(Receipts.builder(EPSON).image(img).build().bytes(),
                EscPosDecoder.EPSON);
        assertThat(items.stream().filter(i -> i.name().equals("GS v 0")).count()).isEqualTo(3);
    }

    static PrinterProfile withCharset(PrinterProfile p, int codePage, String charset) {
        return new PrinterProfile(p.name(), p.description(), p.paperWidthMm(), p.columns(), p.dotsPerLine(),
                p.codePageCommand(), codePage, java.nio.charset.Charset.forName(charset), p.leaveChineseMode(),
                p.cut(), p.cutFeed(), p.drawerPin(), p.drawerOnMs(), p.drawerOffMs(), p.qr(), p.status());
    }
}

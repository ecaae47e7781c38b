package org.kassa.printer.slip;

import org.kassa.printer.PrinterProfile;
import org.kassa.printer.ReceiptBuilder;
import org.kassa.printer.ReceiptBuilder.Align;

/** A code-page and feature test: alphabets, styles, a barcode and a QR code, to check a printer at install. */
public final class TestPageLayout {

    /** Every Russian letter, both cases: a wrong code page shows at once. */
    public static final String RUSSIAN_UPPER = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ";
    public static final String RUSSIAN_LOWER = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    public static final String ASCII = "0123456789 !\"#%&'()*+,-./:;<=>?@[]_";

    private TestPageLayout() {
    }

    public static void write(ReceiptBuilder out, PrinterProfile profile, SlipTexts texts) {
        BlockWriter w = new BlockWriter(out, texts);
        w.title(texts.get("test.title"), true);
        w.field("test.codePage", profile.name() + " " + profile.codePage() + " " + profile.charset().name());
        w.rule();
        out.line(texts.get("test.alphabet") + ":");
        Wrap.lines(RUSSIAN_UPPER, out.columns()).forEach(out::line);
        Wrap.lines(RUSSIAN_LOWER, out.columns()).forEach(out::line);
        Wrap.lines(ASCII, out.columns()).forEach(out::line);
        w.rule();
        out.bold(true).line(texts.get("test.styles")).bold(false);
        out.size(2, 2).line("2x2 Ж").size(1, 1);
        out.align(Align.CENTER).line(texts.get("test.styles")).align(Align.RIGHT)
                .line(profile.paperWidthMm() + " mm / " + profile.columns()).align(Align.LEFT);
        w.rule();
        out.align(Align.CENTER).code128("KASSA-TEST-128").feed(1).align(Align.LEFT);
    }
}

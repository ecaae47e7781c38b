package org.kassa.printer;

import java.util.Locale;
import org.kassa.printer.ReceiptBuilder.Cut;
import org.kassa.printer.slip.ReportLayout;
import org.kassa.printer.slip.SlipLayout;
import org.kassa.printer.slip.SlipTexts;
import org.kassa.printer.slip.TestPageLayout;

/**
 * Ready-made layouts: the Koshelek slip block, X/Z reports and a printer test page. Labels come from
 * {@link SlipTexts} (Russian by default; {@code Locale.ENGLISH} for English).
 */
public final class Slips {

    /** The default language of printed labels. */
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private Slips() {
    }

    /** Appends the Koshelek block to a receipt being written (e.g. after the sale's items). */
    public static void koshelekBlock(ReceiptBuilder receipt, SlipData slip, Locale locale) {
        SlipLayout.write(receipt, slip, new SlipTexts(locale));
    }

    /** The Koshelek block on its own slip, cut at the end. */
    public static PrintDocument koshelekSlip(PrinterProfile profile, SlipData slip, Locale locale) {
        ReceiptBuilder receipt = Receipts.builder(profile);
        koshelekBlock(receipt, slip, locale);
        return receipt.cut(Cut.PARTIAL).build();
    }

    /** An X or Z report, cut at the end. */
    public static PrintDocument report(PrinterProfile profile, CashReport report, Locale locale) {
        ReceiptBuilder receipt = Receipts.builder(profile);
        ReportLayout.write(receipt, report, new SlipTexts(locale));
        return receipt.cut(Cut.PARTIAL).build();
    }

    /** The code-page test followed by a sample Koshelek slip: what {@code kassa print-test} prints. */
    public static PrintDocument testPage(PrinterProfile profile, SlipData sample, Locale locale) {
        SlipTexts texts = new SlipTexts(locale);
        ReceiptBuilder receipt = Receipts.builder(profile);
        TestPageLayout.write(receipt, profile, texts);
        SlipLayout.write(receipt, sample, texts);
        return receipt.cut(Cut.PARTIAL).build();
    }
}

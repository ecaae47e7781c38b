package org.kassa.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.kassa.printer.testing.EscPosDecoder;
import org.kassa.printer.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Koshelek block as the customer reads it: decoded back from the bytes with the test decoder. */
class SlipLayoutTest {

    private static List<String> printedLines(PrintDocument doc, java.util.Map<Integer, java.nio.charset.Charset> cp) {
        return EscPosDecoder.lines(EscPosDecoder.decode(doc.bytes(), cp));
    }

    @Test
    void sbpPaymentCarriesEveryFieldOfTheSeedInOrder() {
        PrintDocument doc = Slips.koshelekSlip(PrinterProfiles.named("epson"), Samples.slip(Samples.sbpPayment()),
                Slips.RUSSIAN);
        List<String> lines = printedLines(doc, EscPosDecoder.EPSON);
        String text = String.join("\n", lines);
        assertThat(doc.warnings()).isEmpty();
        assertThat(text).containsSubsequence("Кошелёк Pay: оплата", "Заказ", "Транзакция оплаты",
                Samples.PAYMENT_TX, "Способ оплаты", "SBP", "qrcId", Samples.QRC_ID, "КЗО", Samples.KZO,
                "Сумма", "1 234,56 руб.", "Дата и время", "22.11.2026 10:15:30", "Магазин", "Магазин 42",
                "Терминал", "T-07");
        assertThat(text).doesNotContain("Транзакция возврата", "УЧЕБНЫЙ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"epson", "clone-58"})
    void longIdsAreWrappedNotCutAndNoLineIsWiderThanThePaper(String profileName) {
        PrinterProfile profile = PrinterProfiles.named(profileName);
        List<String> lines = printedLines(Slips.koshelekSlip(profile, Samples.slip(Samples.sbpPayment()),
                Slips.RUSSIAN), EscPosDecoder.EPSON);
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(profile.columns()));
        assertThat(String.join("", lines)).contains(Samples.LONG_ORDER, Samples.PAYMENT_TX, Samples.QRC_ID);
    }

    @Test
    void fieldsThatFitAreOnOneLineWithTheValueFlushRight() {
        List<String> lines = printedLines(Slips.koshelekSlip(PrinterProfiles.named("epson"),
                Samples.slip(Samples.sbpPayment()), Slips.RUSSIAN), EscPosDecoder.EPSON);
        assertThat(lines).contains("Терминал" + " ".repeat(48 - 8 - 4) + "T-07");
    }

    @Test
    void refundShowsRefundIdAndNoSbpFieldsForDolyame() {
        String text = String.join("\n", printedLines(Slips.koshelekSlip(PrinterProfiles.named("epson"),
                Samples.slip(Samples.dolyameRefund()), Slips.RUSSIAN), EscPosDecoder.EPSON));
        assertThat(text).containsSubsequence("Кошелёк Pay: возврат", "ORD-77", "Транзакция оплаты",
                "Транзакция возврата", "r-9f8e7d6c", "DOLYAME", "500,00 руб.");
        assertThat(text).doesNotContain("КЗО", "qrcId");
    }

    @Test
    void englishLabelsOnRequest() {
        String text = String.join("\n", printedLines(Slips.koshelekSlip(PrinterProfiles.named("epson"),
                Samples.slip(Samples.sbpPayment()), Locale.ENGLISH), EscPosDecoder.EPSON));
        assertThat(text).containsSubsequence("Koshelek Pay: payment", "Order", "Payment transaction",
                "Payment type", "Amount", "1,234.56 RUB", "2026-11-22 10:15:30", "Store", "Terminal");
    }

    @Test
    void russianIsTheDefaultEvenOnAnEnglishSystem() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            String text = String.join("\n", printedLines(Slips.koshelekSlip(PrinterProfiles.named("epson"),
                    Samples.slip(Samples.sbpPayment()), Slips.RUSSIAN), EscPosDecoder.EPSON));
            assertThat(text).contains("Заказ");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void trainingSlipsSayNothingWasCharged() {
        SlipData training = new SlipData(Samples.sbpPayment(), "S", null, true);
        String text = String.join("\n", printedLines(Slips.koshelekSlip(PrinterProfiles.named("epson"), training,
                Slips.RUSSIAN), EscPosDecoder.EPSON));
        assertThat(text).contains("УЧЕБНЫЙ РЕЖИМ").doesNotContain("Терминал");
    }

    @Test
    void starAndRongtaSelectTheirOwnCodePageNumbersAndStillPrintRussian() {
        assertThat(String.join("\n", printedLines(Slips.koshelekSlip(PrinterProfiles.named("star"),
                Samples.slip(Samples.sbpPayment()), Slips.RUSSIAN), EscPosDecoder.STAR))).contains("Кошелёк");
        assertThat(String.join("\n", printedLines(Slips.koshelekSlip(PrinterProfiles.named("rongta"),
                Samples.slip(Samples.sbpPayment()), Slips.RUSSIAN), EscPosDecoder.RONGTA))).contains("Кошелёк");
    }

    @Test
    void commandOrderIsInitCodePageTextQrCut() {
        String names = EscPosDecoder.names(EscPosDecoder.decode(Slips.koshelekSlip(PrinterProfiles.named("epson"),
                Samples.slip(Samples.sbpPayment()), Slips.RUSSIAN).bytes(), EscPosDecoder.EPSON));
        assertThat(names).startsWith("ESC @,ESC t,text,LF,ESC a,ESC E");
        assertThat(names).containsSubsequence("ESC a,GS ( k,GS ( k,GS ( k,GS ( k,GS ( k,LF", "GS V");
        assertThat(names).endsWith("GS V");
    }

    @Test
    void testPagePrintsBothAlphabetsAndTheSampleSlip() {
        PrintDocument doc = Slips.testPage(PrinterProfiles.named("clone-58"), Samples.slip(Samples.sbpPayment()),
                Slips.RUSSIAN);
        String text = String.join("", printedLines(doc, EscPosDecoder.EPSON));
        assertThat(doc.warnings()).isEmpty();
        assertThat(text).contains("АБВГДЕЁЖЗИЙКЛМНОП", "абвгдеёжзийклмноп", "clone-58 17 IBM866",
                Samples.PAYMENT_TX);
    }
}

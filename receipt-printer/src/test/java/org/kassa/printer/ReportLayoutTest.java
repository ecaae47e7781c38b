package org.kassa.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.kassa.printer.CashReport.Total;
import org.kassa.printer.CashReport.TotalKind;
import org.kassa.printer.testing.EscPosDecoder;
import org.kassa.printer.testing.Samples;
import org.junit.jupiter.api.Test;

class ReportLayoutTest {

    private static String print(CashReport report) {
        PrintDocument doc = Slips.report(PrinterProfiles.named("epson"), report, Slips.RUSSIAN);
        assertThat(doc.warnings()).isEmpty();
        return String.join("\n", EscPosDecoder.lines(EscPosDecoder.decode(doc.bytes(), EscPosDecoder.EPSON)));
    }

    private static CashReport report(CashReport.Kind kind, List<KoshelekOperation> ops) {
        return new CashReport(kind, "Магазин 42", "T-07", 12, Samples.AT.minusHours(8), Samples.AT,
                List.of(new Total(TotalKind.SALES, 3, 173456), new Total(TotalKind.REFUNDS, 1, 50000),
                        new Total(TotalKind.NET, 4, 123456)), ops, false);
    }

    @Test
    void xReportListsTotalsAndEveryKoshelekColumnOfSeed72() {
        String text = print(report(CashReport.Kind.X, List.of(Samples.sbpPayment(), Samples.dolyameRefund())));
        assertThat(text).containsSubsequence("X-ОТЧЁТ", "Смена", "12", "Итоги смены", "Продажи (3)",
                "1 734,56 руб.", "Возвраты (1)", "Итого (4)", "Операции Кошелёк Pay",
                "Оплата 22.11.2026 10:15:30", "Заказ", "Транзакция оплаты", Samples.PAYMENT_TX, "ID запроса",
                "6f9b3c1e-2a4d-4e8f-9b0c-1d2e3f4a5b6c", "SBP", Samples.QRC_ID, Samples.KZO,
                "Возврат 22.11.2026 12:15:30", "Транзакция возврата", "r-9f8e7d6c", "DOLYAME");
        assertThat(text).doesNotContain("СМЕНА ЗАКРЫТА");
    }

    @Test
    void zReportClosesTheShiftAndSaysWhenThereWereNoOperations() {
        String text = print(report(CashReport.Kind.Z, List.of()));
        assertThat(text).containsSubsequence("Z-ОТЧЁТ", "Операций не было", "СМЕНА ЗАКРЫТА");
    }
}

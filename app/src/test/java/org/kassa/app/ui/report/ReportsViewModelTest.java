package org.kassa.app.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.app.config.KassaSettings;
import org.kassa.app.till.TillRuntime;
import org.kassa.app.till.TrainingStaff;
import org.kassa.app.ui.DirectJobs;
import org.kassa.app.ui.TrainingTill;
import org.kassa.app.ui.core.I18n;
import org.kassa.app.ui.core.UiMessage;
import org.kassa.printer.PrinterException;
import org.kassa.printer.PrinterProfile;
import org.kassa.printer.PrinterTip;
import org.kassa.printer.VirtualPrinter;
import org.kassa.printer.testing.EscPosDecoder;
import org.kassa.till.Till;
import org.kassa.till.refund.RefundLineRequest;
import org.kassa.till.refund.RefundOutcome;
import org.kassa.till.report.ShiftReport;
import org.kassa.till.sale.SaleStatus;
import org.kassa.till.staff.Role;
import org.kassa.till.store.PaymentRow;
import org.kassa.till.store.SaleRow;
import org.kassa.till.tender.PaymentRecord;
import org.kassa.till.tender.Tender;

/**
 * The Reports screen's view models without a window, on the real till core in training mode (in-process
 * sandbox, virtual printer, a fresh store under target/): after cash and Koshelek sales and a cash refund the X
 * report's figures are the store's; the CSV file parses back to them; printing reaches the virtual printer as
 * ESC/POS whose decoded text carries the totals; a dead printer keeps the report and tells what to do.
 */
class ReportsViewModelTest {

    private static final String MILK = "4601234000017";
    private static final String CHOCOLATE = "4601234000079";

    private KassaSettings settings;
    private TillRuntime runtime;
    private ReportsViewModel model;
    private ReportViewModel shown;

    @BeforeEach
    void openTill() throws Exception {
        settings = TrainingTill.settings("ru");
        runtime = TillRuntime.open(settings);
        model = new ReportsViewModel(new ReportDesk(runtime), new DirectJobs());
        shown = model.report();
    }

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void noShiftYetSaysSoAndShowsNothing() {
        model.open();
        assertThat(model.showing().get()).isTrue();
        assertThat(model.choices()).isEmpty();
        assertThat(shown.report().get()).isNull();
        assertThat(shown.message().get()).isEqualTo(UiMessage.ui("report.noShifts"));
        model.close();
        assertThat(model.showing().get()).isFalse();
    }

    @Test
    void theXReportAfterCashAndKoshelekSalesAndARefundHasTheStoresFigures() throws Exception {
        Map<String, Long> refunded = aDayOfSales();
        model.open();
        assertThat(model.choices()).singleElement().satisfies(c -> assertThat(c.x()).isTrue());
        ShiftReport x = shown.report().get();
        assertThat(x.kind()).isEqualTo("X");
        assertThat(x.number()).isEqualTo(runtime.shifts().current().orElseThrow().number());

        Map<String, Long> taken = takenByPaymentType();
        assertThat(taken).containsOnlyKeys("CASH", "SBP", "DOLYAME");
        assertThat(x.amountOf("SALE")).isEqualTo(paidSales().stream().mapToLong(SaleRow::totalKopecks).sum());
        assertThat(shown.bars()).extracting(TakingsBar::paymentType).containsExactlyInAnyOrder("CASH", "SBP", "DOLYAME")
                .first().as("cash first").isEqualTo("CASH");
        for (TakingsBar bar : shown.bars()) {
            assertThat(bar.taken()).as(bar.paymentType()).isEqualTo(taken.get(bar.paymentType()));
            assertThat(bar.returned()).as(bar.paymentType()).isEqualTo(refunded.getOrDefault(bar.paymentType(), 0L));
        }
        assertThat(x.cashTaken()).isEqualTo(taken.get("CASH"));
        assertThat(x.cashInDrawer()).isEqualTo(taken.get("CASH") - refunded.get("CASH"));
        assertThat(x.koshelek()).extracting(ShiftReport.KoshelekRow::orderId).containsExactlyInAnyOrderElementsOf(
                paidSales().stream().filter(s -> payments(s).stream().anyMatch(p -> p.tender() == Tender.KOSHELEK))
                        .map(SaleRow::orderId).toList());

        String paper = ungrouped(shown.paper().get());
        assertThat(paper).as("as on paper: the till's money format")
                .contains(money(x.amountOf("SALE")), money(x.cashInDrawer()), money(taken.get("SBP")));
        String unwrapped = paper.replace("\n", "");
        for (SaleRow sale : paidSales()) {
            for (PaymentRow p : payments(sale)) {
                if (p.tender() == Tender.KOSHELEK && p.state().equals("ACCEPTED")) {
                    assertThat(unwrapped).as("the Koshelek columns of %s", sale.orderId()).contains(
                            p.slip().orderId(), p.slip().paymentTransactionId(), p.checkoutRequestId());
                    if (p.slip().qrcId() != null) {
                        assertThat(unwrapped).contains(p.slip().qrcId(), p.slip().kzo());
                    }
                }
            }
        }
        assertThat(paper.lines()).allSatisfy(line -> assertThat(line.length())
                .isLessThanOrEqualTo(runtime.till().setup().printer().profile().columns()));
    }

    @Test
    void theCsvFileParsesBackToTheReportsFigures() throws Exception {
        Map<String, Long> refunded = aDayOfSales();
        model.open();
        ShiftReport x = shown.report().get();
        shown.exportCsv();
        Path written = shown.csvWritten().get();
        assertThat(written).isNotNull();
        assertThat(written.getParent()).isEqualTo(settings.dataDir().resolve("exports"));
        assertThat(shown.message().get()).isEqualTo(UiMessage.ui("report.csvWritten", written.toString()));

        byte[] bytes = Files.readAllBytes(written);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<Map<String, String>> rows = Rfc4180.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        Map<String, Long> sales = sum(rows, "SALE");
        assertThat(sales).isEqualTo(takenByPaymentType());
        Map<String, Long> refunds = sum(rows, "REFUND");
        refunds.forEach((type, amount) -> assertThat(amount).isEqualTo(refunded.get(type)));
        assertThat(rows).filteredOn(r -> r.get("section").equals("KOSHELEK")).extracting(r -> r.get("orderId"))
                .containsExactlyInAnyOrderElementsOf(x.koshelek().stream().map(ShiftReport.KoshelekRow::orderId).toList());
        assertThat(rows).filteredOn(r -> r.get("kind").equals("IN_DRAWER")).singleElement()
                .satisfies(r -> assertThat(Long.parseLong(r.get("amountKopecks"))).isEqualTo(x.cashInDrawer()));

        shown.csvTarget().set("accountant/shift.csv");
        shown.exportCsv();
        assertThat(shown.csvWritten().get()).isEqualTo(settings.dataDir().resolve("exports/accountant/shift.csv"));
        Path chosen = settings.dataDir().resolve("elsewhere/chosen.csv").toAbsolutePath();
        shown.csvTarget().set(chosen.toString());
        shown.exportCsv();
        assertThat(shown.csvWritten().get()).isEqualTo(chosen);
        assertThat(Files.readAllBytes(chosen)).isEqualTo(bytes);
    }

    @Test
    void aFolderThatCannotBeWrittenIsToldWithThePath() throws Exception {
        sellForCash();
        model.open();
        Path blocker = Files.writeString(settings.dataDir().resolve("a-file"), "not a folder");
        shown.csvTarget().set(blocker.resolve("report.csv").toString());
        shown.exportCsv();
        assertThat(shown.problem().get()).isTrue();
        assertThat(shown.message().get().key()).isEqualTo("report.csvFailed");
        assertThat(new I18n(Locale.ENGLISH).render(shown.message().get())).contains(blocker.resolve("report.csv")
                .toString()).contains("folder this user may write");
    }

    @Test
    void printingSendsEscPosWithTheTotalsToTheVirtualPrinter() throws Exception {
        aDayOfSales();
        model.open();
        ShiftReport x = shown.report().get();
        VirtualPrinter printer = (VirtualPrinter) runtime.till().setup().printer();
        int before = printer.printed().size();
        shown.print();
        assertThat(shown.message().get()).isEqualTo(UiMessage.ui("report.printed", "X", x.number()));
        assertThat(printer.printed()).hasSize(before + 1);
        String text = ungrouped(String.join("\n", decoded(printer.printed().get(before), printer.profile())));
        assertThat(text).contains(money(x.amountOf("SALE")), money(x.cashInDrawer()), money(x.amountOf("REFUND")));
        for (ShiftReport.KoshelekRow k : x.koshelek()) {
            assertThat(text.replace("\n", "")).contains(k.orderId());
        }
        assertThat(plain(decoded(printer.printed().get(before), printer.profile())))
                .as("the screen shows what the paper says").isEqualTo(plain(shown.paper().get().lines().toList()));
    }

    @Test
    void aDeadPrinterKeepsTheReportTellsWhatToDoAndPrintsItOnceFixed() throws Exception {
        sellForCash();
        model.open();
        VirtualPrinter printer = (VirtualPrinter) runtime.till().setup().printer();
        int before = printer.printed().size();
        printer.simulate(PrinterException.Failure.PAPER_OUT);
        shown.print();
        assertThat(shown.problem().get()).isTrue();
        assertThat(shown.message().get()).isEqualTo(UiMessage.ui("report.printFailed"));
        assertThat(shown.printerTip().get()).isEqualTo(PrinterTip.PAPER_OUT);
        assertThat(shown.report().get()).as("nothing lost").isNotNull();
        assertThat(shown.paper().get()).isNotBlank();
        assertThat(shown.busy().get()).isFalse();

        printer.simulate(null);
        shown.print();
        assertThat(shown.printerTip().get()).isNull();
        assertThat(shown.problem().get()).isFalse();
        assertThat(printer.printed()).hasSize(before + 1);
    }

    @Test
    void closedShiftsAreListedAfterTheOpenOneAndShowTheirStoredZReport() throws Exception {
        sellForCash();
        Till till = runtime.till();
        var admin = runtime.staff().verify(TrainingStaff.ADMINISTRATOR, TrainingStaff.PIN.toCharArray(), Role.OPERATOR,
                "shift", null);
        till.endOfShift();
        ShiftReport z = runtime.shifts().close(admin, runtime.shifts().x().cashInDrawer() - 500);
        sellForCash();      // training opens shift 2 with this sale

        model.open();
        assertThat(model.choices()).extracting(ShiftChoice::x, ShiftChoice::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, 2), org.assertj.core.groups.Tuple.tuple(false, 1));
        assertThat(shown.report().get().kind()).isEqualTo("X");
        model.move(1);
        assertThat(model.selected().get()).isEqualTo(1);
        assertThat(shown.report().get()).isEqualTo(z);
        assertThat(shown.report().get().difference()).isEqualTo(-500);
        assertThat(shown.paper().get()).contains(money(-500));
        model.move(1);
        assertThat(model.selected().get()).as("stays on the last").isEqualTo(1);
        model.move(-1);
        assertThat(shown.report().get().number()).isEqualTo(2);
    }

    /** Two cash sales, an SBP and a Dolyame payment, one cash line refunded; returns the refunds per type. */
    private Map<String, Long> aDayOfSales() throws Exception {
        Till till = runtime.till();
        PaymentRecord cash = sellForCash();
        till.addItem(CHOCOLATE, BigDecimal.ONE);
        till.payCash(till.sale().totals().total());
        koshelek("SBP", 50_000);
        koshelek("DOLYAME", 60_000);
        var supervisor = runtime.staff().verify(TrainingStaff.SUPERVISOR, TrainingStaff.PIN.toCharArray(),
                Role.SUPERVISOR, "refund", cash.saleId());
        RefundOutcome refund = runtime.refunds().refund(cash.saleId(), List.of(new RefundLineRequest(1, BigDecimal.ONE)),
                supervisor, Duration.ofSeconds(30));
        assertThat(refund.done()).isTrue();
        return Map.of("CASH", refund.amount());
    }

    private PaymentRecord sellForCash() {
        Till till = runtime.till();
        till.addItem(MILK, new BigDecimal("2"));
        return till.payCash(50_000);
    }

    private void koshelek(String provider, long kopecks) throws Exception {
        Till till = runtime.till();
        till.scan(TrainingTill.cardWithSession(settings));
        till.addFree("Товар", kopecks);
        PaymentRecord paid = till.payKoshelek(provider).result().get(60, TimeUnit.SECONDS);
        assertThat(paid.state()).as(provider + " accepted by the sandbox").isEqualTo("ACCEPTED");
    }

    private List<SaleRow> paidSales() {
        return runtime.store().sales().list(Instant.EPOCH, SaleStatus.PAID);
    }

    private List<PaymentRow> payments(SaleRow sale) {
        return runtime.store().payments().forSale(sale.id());
    }

    /** The oracle: accepted payments of the paid sales, as the store keeps them, summed per payment type. */
    private Map<String, Long> takenByPaymentType() {
        Map<String, Long> sums = new HashMap<>();
        for (SaleRow sale : paidSales()) {
            for (PaymentRow p : payments(sale)) {
                if (p.state().equals("ACCEPTED") || p.state().equals("PAID")) {
                    sums.merge(p.tender() == Tender.CASH ? "CASH" : p.paymentType(), p.amountKopecks(), Long::sum);
                }
            }
        }
        return sums;
    }

    private static Map<String, Long> sum(List<Map<String, String>> rows, String section) {
        return rows.stream().filter(r -> r.get("section").equals(section)).collect(Collectors.toMap(
                r -> r.get("paymentType"), r -> Long.parseLong(r.get("amountKopecks")), Long::sum));
    }

    private static List<String> decoded(byte[] bytes, PrinterProfile profile) {
        var pages = profile.codePageCommand() == PrinterProfile.CodePageCommand.STAR ? EscPosDecoder.STAR
                : EscPosDecoder.EPSON;
        return EscPosDecoder.lines(EscPosDecoder.decode(bytes, pages));
    }

    /** Amounts on paper group thousands ("1 379,79"); the oracle's money format does not. */
    private static String ungrouped(String paper) {
        return paper.replaceAll("(\\d)[ \u00a0\u2009](\\d{3})", "$1$2");
    }

    /** The printed text without alignment and empty lines. */
    private static List<String> plain(List<String> lines) {
        return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String money(long kopecks) {
        return new org.kassa.till.text.TillTexts(Locale.forLanguageTag("ru")).money(kopecks);
    }
}

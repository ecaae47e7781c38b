package org.kassa.till.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.sandbox.SandboxLedger;
import org.kassa.till.Till;
import org.kassa.till.TillSetup;
import org.kassa.till.refund.RefundDesk;
import org.kassa.till.refund.RefundLineRequest;
import org.kassa.till.refund.RefundOutcome;
import org.kassa.till.report.ReportCsv;
import org.kassa.till.report.ReportJson;
import org.kassa.till.report.ReportPrint;
import org.kassa.till.report.ShiftReport;
import org.kassa.till.sale.SaleRuleException;
import org.kassa.till.staff.Approval;
import org.kassa.till.staff.PinHasher;
import org.kassa.till.staff.Role;
import org.kassa.till.staff.Staff;
import org.kassa.till.store.ShiftRow;
import org.kassa.till.tender.PaymentRecord;
import org.kassa.till.testing.TillRig;
import org.kassa.till.text.TillTexts;

/** Shifts, X and Z reports on real parts; the Z report's Koshelek lines are checked against the sandbox ledger. */
class ShiftsAndReportsTest {

    TillRig rig;
    Staff staff;
    Shifts shifts;
    Approval sveta;

    @BeforeEach
    void start() throws Exception {
        rig = new TillRig("shift");
        staff = new Staff(rig.store, "T01", Clock.systemUTC(), new PinHasher(256, 1, 1));
        staff.add("sveta", "Светлана", Role.ADMINISTRATOR, "5555".toCharArray(), null);
        sveta = staff.verify("sveta", "5555".toCharArray(), Role.SUPERVISOR, "shift", null);
        shifts = new Shifts(rig.store, "T01", Clock.systemUTC(), staff);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void outsideTrainingASaleNeedsAnOpenShiftAndBelongsToIt() {
        TillSetup s = rig.setup;
        try (Till real = new Till(new TillSetup(s.tillId(), false, s.clock(), s.zone(), s.passcodes(), s.pay(),
                s.products(), s.records(), s.printer(), s.receipt(), s.texts(), s.operator(), s.printTimeout()))) {
            assertThatThrownBy(real::sale).satisfies(e -> assertThat(((SaleRuleException) e).key())
                    .isEqualTo("shift.closed"));
            ShiftRow shift = shifts.open(sveta, 100_000, false);
            assertThat(shift.number()).isEqualTo(1);
            assertThatThrownBy(() -> shifts.open(sveta, 0, false)).satisfies(e ->
                    assertThat(((SaleRuleException) e).key()).isEqualTo("shift.alreadyOpen"));
            real.addItem("1001", BigDecimal.ONE);
            PaymentRecord cash = real.payCash(10_000);
            assertThat(rig.store.shifts().shiftOfSale(cash.saleId())).contains(shift.id());
            real.addItem("1002", BigDecimal.ONE);
            assertThatThrownBy(real::endOfShift).satisfies(e -> assertThat(((SaleRuleException) e).key())
                    .isEqualTo("shift.saleOpen"));
            assertThatThrownBy(() -> shifts.close(sveta, 0)).satisfies(e ->
                    assertThat(((SaleRuleException) e).key()).isEqualTo("shift.saleOpen"));
        }
    }

    @Test
    void xIsRepeatableZClosesOnceAndItsKoshelekLinesMatchTheSandboxLedger() throws Exception {
        ShiftRow shift = shifts.open(sveta, 50_000, true);
        Till till = rig.till();
        till.addItem("1001", new BigDecimal("2"));
        till.payCash(20_000);                                   // 17 980 in cash
        PaymentRecord sbp = koshelek(till, "SBP", 50_000);
        PaymentRecord dolyame = koshelek(till, "DOLYAME", 60_000);
        RefundDesk desk = new RefundDesk(rig.setup, rig.store, "Магазин у дома");
        RefundOutcome refund = desk.refund(sbp.saleId(), List.of(new RefundLineRequest(1, BigDecimal.ONE)), sveta,
                Duration.ofSeconds(20));
        assertThat(refund.done()).isTrue();

        ShiftReport x1 = shifts.x();
        ShiftReport x2 = shifts.x();
        assertThat(x2.totals()).isEqualTo(x1.totals());
        assertThat(x1.kind()).isEqualTo("X");
        assertThat(x1.countOf("SALE")).isEqualTo(3);
        assertThat(x1.totals()).contains(new ShiftReport.Total("SALE", "CASH", "CASH", 1, 17_980),
                new ShiftReport.Total("SALE", "KOSHELEK", "SBP", 1, 50_000),
                new ShiftReport.Total("SALE", "KOSHELEK", "DOLYAME", 1, 60_000),
                new ShiftReport.Total("REFUND", "KOSHELEK", "SBP", 1, 50_000));
        assertThat(x1.cashInDrawer()).isEqualTo(50_000 + 17_980);

        till.endOfShift();
        ShiftReport z = shifts.close(sveta, 67_000);
        assertThat(z.kind()).isEqualTo("Z");
        assertThat(z.number()).isEqualTo(shift.number());
        assertThat(z.difference()).isEqualTo(67_000 - 67_980);
        assertThatThrownBy(() -> shifts.close(sveta, 0)).satisfies(e ->
                assertThat(((SaleRuleException) e).key()).isEqualTo("shift.closed"));
        assertThatThrownBy(shifts::x).satisfies(e ->
                assertThat(((SaleRuleException) e).key()).isEqualTo("shift.closed"));
        assertThat(ReportJson.write(shifts.z(shift.number()))).isEqualTo(ReportJson.write(z));

        // every Koshelek payment and refund in the ledger is a line of the Z report, with the same ids
        for (SandboxLedger.SandboxPayment p : rig.sandbox.ledger().payments()) {
            assertThat(z.koshelek()).as(rig.sandbox.ledger().payments().toString()).anySatisfy(line -> {
                assertThat(line.kind()).isEqualTo("PAYMENT");
                assertThat(line.transactionId()).isEqualTo(p.transactionId());
                assertThat(line.paymentTransactionId()).isNotBlank();
                assertThat(line.requestId()).isEqualTo(p.requestId());
                assertThat(line.orderId()).isEqualTo(p.orderId());
                assertThat(line.amount()).isEqualTo(p.totalAmount());
                assertThat(line.paymentType()).isEqualTo(p.paymentType());
            });
            for (SandboxLedger.SandboxRefund r : p.refunds()) {
                assertThat(z.koshelek()).anySatisfy(line -> {
                    assertThat(line.kind()).isEqualTo("REFUND");
                    assertThat(line.refundTransactionId()).isEqualTo(r.refTransactionId());
                    assertThat(line.requestId()).isEqualTo(r.requestId());
                    assertThat(line.transactionId()).isEqualTo(p.transactionId());
                    assertThat(line.amount()).isEqualTo(r.amount());
                });
            }
        }
        assertThat(z.koshelek()).hasSize(3);
        assertThat(z.koshelek()).filteredOn(l -> "SBP".equals(l.paymentType()) && "PAYMENT".equals(l.kind()))
                .allSatisfy(l -> assertThat(l.qrcId()).hasSize(32));
        assertThat(dolyame.transactionId()).isNotBlank();

        byte[] printed = new ReportPrint(rig.printer.profile(), new TillTexts(Locale.forLanguageTag("ru")),
                "Магазин у дома", "kassa-training-01", ZoneId.of("Europe/Moscow")).of(z).bytes();
        String ascii = new String(printed, StandardCharsets.ISO_8859_1);
        z.koshelek().forEach(l -> assertThat(ascii).contains(l.orderId()).contains(l.requestId()));
    }

    @Test
    void theCsvIsRfc4180WithAByteOrderMarkAsPythonsCsvModuleReadsIt() throws Exception {
        shifts.open(sveta, 10_000, true);
        Till till = rig.till();
        koshelek(till, "SBP", 50_000);
        ShiftReport x = shifts.x();
        byte[] csv = ReportCsv.bytes(x);
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        assertThat(csv[1]).isEqualTo((byte) 0xBB);
        assertThat(csv[2]).isEqualTo((byte) 0xBF);
        assertThat(ReportCsv.text(x)).contains("\r\n");
        Path file = Files.createDirectories(Path.of("target", "csv")).resolve("x-" + System.nanoTime() + ".csv");
        Files.write(file, csv);
        JsonNode rows = python("import csv,json,sys\nwith open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n"
                + "    print(json.dumps(list(csv.DictReader(f))))", file);
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("section").asText()).isEqualTo("KOSHELEK");
            assertThat(r.get("paymentTransactionId").asText()).isEqualTo(x.koshelek().get(0).paymentTransactionId());
            assertThat(r.get("transactionId").asText()).isEqualTo(x.koshelek().get(0).transactionId());
            assertThat(r.get("amountKopecks").asText()).isEqualTo("50000");
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("section").asText()).isEqualTo("CASH");
            assertThat(r.get("kind").asText()).isEqualTo("IN_DRAWER");
            assertThat(r.get("amountKopecks").asText()).isEqualTo("10000");
        });
        assertThat(org.kassa.till.report.ReportCsvAccess.field("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
    }

    private PaymentRecord koshelek(Till till, String provider, long kopecks) throws Exception {
        assertThat(till.scan(freshCard()).kind().name()).isEqualTo("CARD_WITH_SESSION");
        till.addFree("Товар", kopecks);
        PaymentRecord paid = till.payKoshelek(provider).result().get(20, TimeUnit.SECONDS);
        assertThat(paid.state()).isEqualTo("ACCEPTED");
        return paid;
    }

    /** A card of its own: one card's password is refused a second time within its time step. */
    private static String freshCard() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        return new org.kassa.totp.BarcodeGenerator(TillRig.TOTP).barcode(
                String.format(Locale.ROOT, "7770%09d", r.nextInt(1_000_000_000)),
                String.format(Locale.ROOT, "S%05d", r.nextInt(100_000)), System.currentTimeMillis() / 1000);
    }

    /** python3's csv module as an independent reader. */
    private static JsonNode python(String script, Path file) throws Exception {
        String python = findOnPath("python3");
        Process p = new ProcessBuilder(python, "-c", script, file.toString()).redirectErrorStream(true).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("python3 did not finish within 30 s");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        return new ObjectMapper().readTree(out);
    }

    private static String findOnPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return Path.of(dir, tool).toString();
            }
        }
        throw new AssertionError(tool + " is not on PATH: install the Debian package python3 (the CSV oracle)");
    }
}

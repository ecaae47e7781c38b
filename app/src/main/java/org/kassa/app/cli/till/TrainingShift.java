package org.kassa.app.cli.till;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.kassa.app.till.TillRuntime;
import org.kassa.app.till.TrainingCards;
import org.kassa.app.till.TrainingStaff;
import org.kassa.sandbox.SandboxLedger;
import org.kassa.till.Till;
import org.kassa.till.refund.RefundDesk;
import org.kassa.till.refund.RefundLineRequest;
import org.kassa.till.refund.RefundOutcome;
import org.kassa.till.report.ReportJson;
import org.kassa.till.report.ShiftReport;
import org.kassa.till.shift.Shifts;
import org.kassa.till.staff.Approval;
import org.kassa.till.staff.Role;
import org.kassa.till.staff.Staff;
import org.kassa.till.tender.PaymentRecord;

/**
 * The shift around {@code kassa demo}'s training day: opened by the training administrator, then after the
 * day a partial and a full Koshelek refund approved by the training supervisor's PIN, a refund refused for a
 * wrong PIN (nothing sent), the X report, and the Z report that closes the shift; both printed. Last step:
 * the Z report's Koshelek lines match the sandbox's ledger.
 */
public final class TrainingShift {

    private static final Duration WAIT = Duration.ofSeconds(75);
    private static final long STARTING_CASH = 100_000;

    private final TillRuntime runtime;
    private final TrainingCards cards;
    private final SaleEvents out;
    private final DemoSteps steps;

    public TrainingShift(TillRuntime runtime, TrainingCards cards, SaleEvents out) {
        this.runtime = runtime;
        this.cards = cards;
        this.out = out;
        this.steps = new DemoSteps(out);
    }

    /** Opens the shift, runs {@code day}, refunds, reports; true when every step ended as expected. */
    public boolean run(Callable<Boolean> day) throws Exception {
        Staff staff = runtime.staff();
        Shifts shifts = runtime.shifts();
        Till till = runtime.till();
        Approval admin = staff.verify(TrainingStaff.ADMINISTRATOR, TrainingStaff.PIN.toCharArray(), Role.OPERATOR,
                "shift", null);
        if (shifts.current().isPresent()) {            // left open by an earlier run: close it first
            till.endOfShift();
            shifts.close(admin, shifts.x().cashInDrawer());
        }
        var shift = shifts.open(admin, STARTING_CASH, true);
        steps.step("shift-open", "1", shifts.current().isPresent() ? "1" : "0");
        steps.include(day.call());

        PaymentRecord twoLines = koshelekSale(till);
        RefundDesk desk = runtime.refunds();
        steps.step("refund-wrong-pin-refused", "staff.pin.wrong", DemoSteps.refusal(() -> staff.verify(TrainingStaff.SUPERVISOR,
                "0000".toCharArray(), Role.SUPERVISOR, "refund", twoLines.saleId())));
        Approval supervisor = staff.verify(TrainingStaff.SUPERVISOR, TrainingStaff.PIN.toCharArray(), Role.SUPERVISOR,
                "refund", twoLines.saleId());
        RefundOutcome partial = desk.refund(twoLines.saleId(), List.of(new RefundLineRequest(1, BigDecimal.ONE)),
                supervisor, WAIT);
        steps.step("refund-partial", "REFUNDED 8990", partial.state() + " " + partial.amount());
        String dolyame = runtime.store().reports().koshelekLines(shift.id()).stream()
                .filter(l -> "PAYMENT".equals(l.kind()) && "DOLYAME".equals(l.paymentType())).findFirst()
                .map(l -> desk.findSale(l.orderId())).orElse(null);
        RefundOutcome full = dolyame == null ? null : desk.refund(dolyame, List.of(), supervisor, WAIT);
        steps.step("refund-full", "REFUNDED voided", full == null ? "no DOLYAME sale"
                : full.state() + (full.saleVoided() ? " voided" : ""));

        ShiftReport x = shifts.x();
        report(x);
        runtime.printReport(x);
        till.endOfShift();
        ShiftReport z = shifts.close(admin, x.cashInDrawer());
        report(z);
        runtime.printReport(z);
        steps.step("z-report", "Z " + shift.number(), z.kind() + " " + z.number());
        runtime.sandboxLedger().ifPresent(ledger -> steps.step("z-matches-ledger", "true",
                Boolean.toString(matches(z, ledger))));
        return steps.allAsExpected();
    }

    private PaymentRecord koshelekSale(Till till) throws Exception {
        till.scan(cards.withSession());
        till.addItem("1001", new BigDecimal("2"));
        till.addItem("1002", BigDecimal.ONE);
        PaymentRecord paid = till.payKoshelek("SBP").result().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        steps.step("koshelek-two-lines", "ACCEPTED", paid.state());
        return paid;
    }

    /** Every accepted payment and refund in the ledger is a Z line with the same ids and amount, and no more. */
    static boolean matches(ShiftReport z, SandboxLedger ledger) {
        int expected = 0;
        for (SandboxLedger.SandboxPayment p : ledger.payments()) {
            boolean paid = List.of("accepted", "refunded", "partial_refunded", "refunding").contains(p.status());
            if (!paid) {
                continue;
            }
            expected++;
            if (z.koshelek().stream().noneMatch(l -> "PAYMENT".equals(l.kind()) && p.transactionId()
                    .equals(l.transactionId()) && p.requestId().equals(l.requestId())
                    && p.totalAmount() == l.amount() && p.orderId().equals(l.orderId()))) {
                return false;
            }
            for (SandboxLedger.SandboxRefund r : p.refunds()) {
                if (!"accepted".equals(r.refStatus())) {
                    continue;
                }
                expected++;
                if (z.koshelek().stream().noneMatch(l -> r.refTransactionId().equals(l.refundTransactionId())
                        && r.requestId().equals(l.requestId()) && r.amount() == l.amount())) {
                    return false;
                }
            }
        }
        return expected == z.koshelek().size();
    }

    private void report(ShiftReport r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("event", "report");
        json.put("report", ReportJson.read(ReportJson.write(r)));
        out.print(json);
    }


}

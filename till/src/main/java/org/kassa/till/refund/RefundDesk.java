package org.kassa.till.refund;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kassa.payclient.Operation;
import org.kassa.payclient.OutgoingCall;
import org.kassa.payclient.api.RefundRequest;
import org.kassa.payclient.workflow.RefundLine;
import org.kassa.payclient.workflow.RefundPlanner;
import org.kassa.payclient.workflow.RefundState;
import org.kassa.payclient.workflow.RefundWorkflow;
import org.kassa.payclient.workflow.WorkflowEvent;
import org.kassa.printer.KoshelekOperation;
import org.kassa.printer.PrinterException;
import org.kassa.till.TillSetup;
import org.kassa.till.sale.Invoices;
import org.kassa.till.sale.Sale;
import org.kassa.till.sale.SaleRuleException;
import org.kassa.till.sale.SaleStatus;
import org.kassa.till.staff.Approval;
import org.kassa.till.staff.Role;
import org.kassa.till.store.OperationKind;
import org.kassa.till.store.OperationRow;
import org.kassa.till.store.RefundLineRow;
import org.kassa.till.store.RefundRepository.Refunded;
import org.kassa.till.store.RefundRow;
import org.kassa.till.store.SaleRow;
import org.kassa.till.store.TillStore;
import org.kassa.till.tender.PaymentRecord;
import org.kassa.till.tender.Tender;

/**
 * Refunds of paid sales, approved by a supervisor (docs/decisions/0133). Lines and quantities are checked
 * against what was sold and already refunded; the amount comes from the sale's invoice. Cash goes back from the
 * drawer at once; Koshelek goes through payclient's {@link RefundWorkflow}: the refund and its lines are stored,
 * every request journaled under the refund's id before it is sent, and its status followed to the end. A
 * refund that returns the whole sale marks it VOIDED. The refund slip is stored and printed.
 */
public final class RefundDesk {

    private final TillSetup setup;
    private final TillStore store;
    private final RefundSlip slips;
    private final ShopGuard shop;

    /** A desk of a till without a central store: it finds and guards only its own sales. */
    public RefundDesk(TillSetup setup, TillStore store, String storeName) {
        this(setup, store, storeName, RemoteSales.NONE, RefundReservations.NONE);
    }

    /**
     * A desk of a till in a shop with a central store (docs/decisions/0174): sales of other tills are found there
     * and copied here, and every refund's lines are reserved there before it is sent.
     */
    public RefundDesk(TillSetup setup, TillStore store, String storeName, RemoteSales remote,
                      RefundReservations reservations) {
        this.setup = setup;
        this.store = store;
        this.shop = new ShopGuard(store, setup.tillId(), remote, reservations);
        this.slips = setup.printer() == null ? null : new RefundSlip(setup.printer().profile(), setup.texts(),
                storeName, setup.pay().settings().terminalId());
    }

    /**
     * The sale's id from its id, its orderId, or a Koshelek transaction id (the slip's QR holds that); a sale of
     * another till is found in the central store and copied into this one.
     */
    public String findSale(String saleIdOrderIdOrTransaction) {
        String key = saleIdOrderIdOrTransaction == null ? "" : saleIdOrderIdOrTransaction.strip();
        Optional<String> here = store.sales().find(key).map(SaleRow::id)
                .or(() -> store.sales().findByOrderId(key).map(SaleRow::id))
                .or(() -> store.refunds().saleOfTransaction(key));
        here.flatMap(id -> store.sales().find(id)).ifPresent(shop::refresh);
        return here.or(() -> shop.findElsewhere(key))
                .orElseThrow(() -> new SaleRuleException("refund.saleUnknown", key));
    }

    /** The sale's lines with what is refunded (at any till, when the central store answers) and what is left. */
    public List<RefundableLine> refundable(String saleId) {
        SaleRow row = store.sales().find(saleId).orElseThrow(() -> new SaleRuleException("refund.saleUnknown", saleId));
        return RefundLines.refundable(sale(saleId), shop.before(row, store.refunds().refunded(saleId), false));
    }

    /**
     * What refunding {@code lines} would pay back now, by the same rules and amounts as {@link #refund}; nothing
     * is stored or sent (the window shows it while the lines are chosen).
     *
     * @throws SaleRuleException when a line or quantity would be refused
     */
    public long quote(String saleId, List<RefundLineRequest> lines) {
        return RefundLines.plan(sale(saleId), store.refunds().refunded(saleId), lines).stream()
                .mapToLong(RefundLines.Planned::amount).sum();
    }

    /**
     * Refunds {@code lines} of a paid sale (all that is left when empty), approved by {@code supervisor}; waits
     * up to {@code wait} for the final answer.
     *
     * @throws SaleRuleException before anything is stored or sent when the approval, the sale or a line is wrong
     */
    public synchronized RefundOutcome refund(String saleId, List<RefundLineRequest> lines, Approval supervisor,
                                             Duration wait) {
        if (supervisor == null || !supervisor.mayActAs(Role.SUPERVISOR)) {
            throw new SaleRuleException("staff.role", supervisor == null ? "?" : supervisor.login(), Role.SUPERVISOR);
        }
        SaleRow row = store.sales().find(saleId).orElseThrow(() -> new SaleRuleException("refund.saleUnknown", saleId));
        if (row.status() == SaleStatus.VOIDED) {
            throw new SaleRuleException("refund.nothingLeft", row.orderId());
        }
        if (row.status() != SaleStatus.PAID) {
            throw new SaleRuleException("refund.notPaid", row.orderId(), row.status());
        }
        store.refunds().forSale(saleId).stream().filter(r -> !r.finalState() && r.counts()).findFirst()
                .ifPresent(running -> {
                    throw new SaleRuleException("refund.inProgress", row.orderId(), running.id());
                });
        String shiftId = shift();
        Sale sale = sale(saleId);
        PaymentRecord paid = setup.records().payments(saleId).stream().filter(PaymentRecord::paid).findFirst()
                .orElseThrow(() -> new SaleRuleException("refund.notPaid", row.orderId(), row.status()));
        Map<Integer, Refunded> before = shop.before(row, store.refunds().refunded(saleId), true);
        List<RefundLines.Planned> plan = RefundLines.plan(sale, before, lines);
        boolean wholeSale = RefundLines.completesSale(sale, before, plan);
        String refundId = UUID.randomUUID().toString();
        boolean reserved = shop.reserve(refundId, row, plan);
        RefundOutcome outcome;
        try {
            outcome = paid.tender() == org.kassa.till.tender.Tender.CASH
                    ? cash(refundId, row, paid, shiftId, plan, wholeSale, supervisor)
                    : koshelek(refundId, sale, row, paid, shiftId, plan, RefundLines.isFull(sale, before, plan),
                    wholeSale, supervisor, wait);
        } catch (RuntimeException e) {
            if (reserved && store.refunds().find(refundId).isEmpty()) {
                shop.settle(refundId, false);          // nothing stored, nothing sent: the lines are free again
            }
            throw e;
        }
        ended(refundId, outcome);
        return outcome;
    }

    /** A final outcome resolves the refund's journal and settles its central reservation. */
    private void ended(String refundId, RefundOutcome outcome) {
        boolean failed = "REJECTED".equals(outcome.state()) || "FAILED".equals(outcome.state());
        if (outcome.done() || failed) {
            setup.records().resolveJournal(refundId, "refund " + outcome.state());
            shop.settle(refundId, outcome.done());
        }
    }

    /**
     * Settles the central reservations this till left open (the store was away when its refunds ended, or the
     * till stopped): a refund that ended here settles as it ended; one this store never stored (stopped between
     * the reservation and the refund's first write) frees its lines; one still running is left to
     * {@link #resume}. Returns how many were settled; nothing when the store is away.
     */
    public synchronized int settleReservations() {
        int settled = 0;
        List<String> open;
        try {
            open = shop.unsettled();
        } catch (StoreAwayException e) {
            return 0;
        }
        for (String refundId : open) {
            Optional<RefundRow> refund = store.refunds().find(refundId);
            if (refund.isEmpty() || refund.get().finalState()) {
                shop.settle(refundId, refund.map(RefundRow::succeeded).orElse(false));
                settled++;
            }
        }
        return settled;
    }

    private RefundOutcome cash(String id, SaleRow row, PaymentRecord paid, String shiftId,
                               List<RefundLines.Planned> plan, boolean wholeSale, Approval by) {
        long amount = plan.stream().mapToLong(RefundLines.Planned::amount).sum();
        Instant now = setup.clock().instant();
        store.refunds().insert(new RefundRow(id, row.id(), paid.id(), shiftId, OperationKind.REFUND, Tender.CASH,
                amount, "REFUNDED", true, true, by.login(), null, now, now), lineRows(id, plan), null);
        if (wholeSale) {
            store.refunds().progress(id, "REFUNDED", true, true, null, now, row.id(), by.login());
        }
        RefundOutcome outcome = new RefundOutcome(id, row.id(), row.orderId(), "REFUND", "CASH", "REFUNDED", amount,
                null, null, null, null, wholeSale);
        print(outcome, plan, row.training(), null);
        return outcome;
    }

    private RefundOutcome koshelek(String id, Sale sale, SaleRow row, PaymentRecord paid, String shiftId,
                                   List<RefundLines.Planned> plan, boolean full, boolean wholeSale, Approval by,
                                   Duration wait) {
        RefundPlanner planner = new RefundPlanner(setup.pay().settings(), setup.pay().tips());
        var items = Invoices.of(sale).items();
        RefundRequest request = full ? planner.full(paid.transactionId(), items)
                : planner.partial(paid.transactionId(), items, plan.stream()
                .map(p -> new RefundLine(p.itemIndex(), p.quantity())).toList());
        Instant now = setup.clock().instant();
        store.refunds().insert(new RefundRow(id, row.id(), paid.id(), shiftId, OperationKind.REFUND, Tender.KOSHELEK,
                request.refundAmount(), RefundState.CREATED.name(), false, true, by.login(), null, now, now),
                lineRows(id, plan), new OperationRow(id, OperationKind.REFUND, paid.id(), request.requestId(), null,
                        request.refundAmount(), RefundState.CREATED.name(), false, null, null, by.login(), now, now));
        RefundWorkflow workflow = RefundWorkflow.create(setup.pay(), request, setup.records().journal(row.id(), id));
        return follow(workflow, id, row, paid, plan, wholeSale, by.login(), request.refundAmount(), wait);
    }

    /**
     * Continues a refund that has no final state (IN_DOUBT, or the till stopped while it ran): the journaled
     * request is resent unchanged (same requestId and bytes), so the server answers the first refund and never
     * makes a second; a refund that was never sent ends FAILED with its lines free again.
     */
    public synchronized RefundOutcome resume(String refundId, Duration wait) {
        RefundRow refund = store.refunds().find(refundId)
                .orElseThrow(() -> new SaleRuleException("refund.unknown", refundId));
        SaleRow row = store.sales().find(refund.saleId()).orElseThrow();
        OperationRow op = store.operations().find(refundId).orElse(null);
        if (refund.finalState()) {
            shop.settle(refundId, refund.succeeded());
        }
        if (refund.finalState() || op == null) {
            return new RefundOutcome(refundId, row.id(), row.orderId(), refund.kind().name(), refund.tender().name(),
                    refund.state(), refund.amountKopecks(), op == null ? null : op.requestId(),
                    op == null ? null : op.refTransactionId(), op == null ? null : op.status(), null,
                    row.status() == SaleStatus.VOIDED);
        }
        PaymentRecord paid = setup.records().payments(row.id()).stream().filter(p -> p.id().equals(refund.paymentId()))
                .findFirst().orElseThrow();
        Sale sale = sale(row.id());
        List<RefundLines.Planned> plan = RefundLines.stored(sale, store.refunds().lines(refundId));
        Map<Integer, Refunded> counted = shop.before(row, store.refunds().refunded(row.id()), false);   // this one too
        boolean wholeSale = RefundLines.completesSale(sale, counted, List.of());
        var sent = store.journal().forPayment(refundId).stream()
                .filter(e -> Operation.REFUND.name().equals(e.operation())).findFirst();
        if (sent.isEmpty()) {
            Instant now = setup.clock().instant();
            store.operations().update(op.withProgress(RefundState.FAILED.name(), true, null, null, null, now));
            store.refunds().progress(refundId, RefundState.FAILED.name(), true, false, "NOT_SENT", now, null,
                    refund.supervisor());
            shop.settle(refundId, false);
            return new RefundOutcome(refundId, row.id(), row.orderId(), "REFUND", refund.tender().name(),
                    RefundState.FAILED.name(), refund.amountKopecks(), op.requestId(), null, null, null, false);
        }
        var e = sent.get();
        RefundWorkflow workflow = RefundWorkflow.resume(setup.pay(), new OutgoingCall(Operation.REFUND, e.path(),
                e.requestId(), e.body()), paid.transactionId(), setup.records().journal(row.id(), refundId));
        setup.records().resolveJournal(refundId, "resumed");
        RefundOutcome outcome = follow(workflow, refundId, row, paid, plan, wholeSale, refund.supervisor(),
                refund.amountKopecks(), wait);
        ended(refundId, outcome);
        return outcome;
    }

    /** Runs a refund workflow to its end (or {@code wait}), storing each event; prints the slip when refunded. */
    private RefundOutcome follow(RefundWorkflow workflow, String id, SaleRow row, PaymentRecord paid,
                                 List<RefundLines.Planned> plan, boolean wholeSale, String by, long amount,
                                 Duration wait) {
        workflow.addListener(e -> progress(id, e, wholeSale ? row.id() : null, by));
        WorkflowEvent<RefundState> last;
        try {
            workflow.start();
            last = workflow.result().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            last = workflow.current();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            last = workflow.current();
        } finally {
            workflow.close();
        }
        boolean refunded = last.state() == RefundState.REFUNDED;
        String requestId = workflow.requestId();
        RefundOutcome outcome = new RefundOutcome(id, row.id(), row.orderId(), "REFUND", "KOSHELEK",
                last.state().name(), amount, requestId, last.refTransactionId(), last.status(),
                last.tip() == null ? null : last.tip().text(), refunded && wholeSale);
        if (refunded) {
            String paymentType = paid.slip() != null && paid.slip().paymentType() != null ? paid.slip().paymentType()
                    : paid.paymentType() == null ? "SBP" : paid.paymentType();
            String paymentTx = paid.slip() != null && paid.slip().paymentTransactionId() != null
                    ? paid.slip().paymentTransactionId() : paid.transactionId();
            KoshelekOperation op = new KoshelekOperation(KoshelekOperation.Type.REFUND, requestId,
                    row.orderId(), paymentTx, last.refTransactionId(), paymentType,
                    paid.slip() == null ? null : paid.slip().qrcId(), paid.slip() == null ? null : paid.slip().kzo(),
                    amount, java.time.LocalDateTime.ofInstant(last.at(), setup.zone()));
            print(outcome, plan, row.training(), op);
        }
        return outcome;
    }

    /** Every workflow event is stored: the operation's vendor fields, the refund's state, the sale when voided. */
    private void progress(String id, WorkflowEvent<RefundState> e, String voidSaleId, String by) {
        RefundState state = e.state();
        boolean counts = state != RefundState.REJECTED && state != RefundState.FAILED;
        store.operations().find(id).ifPresent(op -> store.operations().update(op.withProgress(state.name(),
                state.isFinal(), e.refTransactionId(), e.status(),
                e.slip() == null ? op.rawSlipJson() : e.slip().rawJson(), setup.clock().instant())));
        store.refunds().progress(id, state.name(), state.isFinal(), counts, e.tip() == null ? null : e.tip().code(),
                setup.clock().instant(), state == RefundState.REFUNDED ? voidSaleId : null, by);
    }

    private void print(RefundOutcome outcome, List<RefundLines.Planned> plan, boolean training, KoshelekOperation op) {
        if (slips == null) {
            return;
        }
        byte[] bytes = slips.of(outcome, plan, training, op).bytes();
        String job = setup.records().savePrintJob(outcome.saleId(), "SLIP", bytes);
        try {
            setup.printer().send(bytes, setup.printTimeout());
            setup.records().printJobDone(job, "PRINTED", null);
        } catch (PrinterException e) {
            setup.records().printJobDone(job, "FAILED", e.getMessage());
        }
    }

    private String shift() {
        return setup.records().openShiftId().orElseGet(() -> {
            if (!setup.training()) {
                throw new SaleRuleException("refund.shiftClosed");
            }
            return setup.records().openTrainingShift(setup.operator());
        });
    }

    private Sale sale(String saleId) {
        return setup.records().sale(saleId).orElseThrow(() -> new SaleRuleException("refund.saleUnknown", saleId));
    }

    private static List<RefundLineRow> lineRows(String id, List<RefundLines.Planned> plan) {
        return plan.stream().map(p -> new RefundLineRow(id, p.line().lineNo(), p.quantity(), p.amount())).toList();
    }
}

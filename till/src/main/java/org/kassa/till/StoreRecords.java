package org.kassa.till;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.kassa.payclient.CallListener;
import org.kassa.payclient.Operation;
import org.kassa.payclient.OutgoingCall;
import org.kassa.till.journal.DurableJournal;
import org.kassa.till.sale.Sale;
import org.kassa.till.store.JournalEntry;
import org.kassa.till.store.LoyaltyScanRow;
import org.kassa.till.store.PrintJobRow;
import org.kassa.till.store.PrintKind;
import org.kassa.till.store.PrintState;
import org.kassa.till.store.SaleLineRow;
import org.kassa.till.store.SaleRow;
import org.kassa.till.store.ShiftRow;
import org.kassa.till.store.TillStore;
import org.kassa.till.tender.PaymentRecord;

/** {@link TillRecords} on the till's store (H2 file or PostgreSQL); each call commits before it returns. */
public final class StoreRecords implements TillRecords {

    private final TillStore store;
    private final String tillId;
    private final Clock clock;
    private final DurableJournal journal;
    private final Set<String> knownSales = ConcurrentHashMap.newKeySet();
    private final Set<String> knownPayments = ConcurrentHashMap.newKeySet();
    /** The line rows last committed for each open sale, by line number (lines are numbered 1, 2, …). */
    private final Map<String, List<SaleLineRow>> storedLines = new ConcurrentHashMap<>();

    public StoreRecords(TillStore store, String tillId, Clock clock) {
        this.store = store;
        this.tillId = tillId;
        this.clock = clock;
        this.journal = new DurableJournal(store.journal(), clock);
    }

    @Override
    public void saveSale(Sale sale) {
        SaleRow row = StoreMapping.row(sale, tillId);
        boolean isNew = !knownSales.contains(sale.id()) && store.sales().find(sale.id()).isEmpty();
        // Only the lines whose row changed: a scan then commits one line, not the whole sale (decision 0126).
        // Header, changed lines and (for a closed sale) the outbox row commit together (decision 0171).
        List<SaleLineRow> rows = sale.lines().stream().map(line -> StoreMapping.line(sale, line)).toList();
        List<SaleLineRow> stored = storedLines.getOrDefault(sale.id(), List.of());
        List<SaleLineRow> changed = rows.stream()
                .filter(line -> line.lineNo() > stored.size() || !line.equals(stored.get(line.lineNo() - 1)))
                .toList();
        store.sales().save(row, isNew, changed);
        knownSales.add(sale.id());
        if (sale.status().isClosed()) {
            storedLines.remove(sale.id());
        } else {
            storedLines.put(sale.id(), rows);
        }
    }

    @Override
    public void savePayment(PaymentRecord payment) {
        var row = StoreMapping.row(payment);
        if (knownPayments.contains(payment.id()) || store.payments().find(payment.id()).isPresent()) {
            store.payments().update(row);
        } else {
            store.payments().insert(row);
        }
        knownPayments.add(payment.id());
    }

    @Override
    public void saveScan(String saleId, Instant at, String resultCode, String maskedCard) {
        store.loyaltyScans().insert(new LoyaltyScanRow(UUID.randomUUID().toString(), saleId, at, resultCode,
                maskedCard));
    }

    @Override
    public CallListener journal(String saleId, String paymentId) {
        return journal.forPayment(saleId, paymentId);
    }

    @Override
    public Optional<Sale> openSale() {
        return store.sales().findOpen(tillId).map(this::restore);
    }

    @Override
    public Optional<Sale> sale(String saleId) {
        return store.sales().find(saleId).map(this::restore);
    }

    @Override
    public List<PaymentRecord> payments(String saleId) {
        return store.payments().forSale(saleId).stream().map(StoreMapping::record).toList();
    }

    @Override
    public List<PaymentRecord> unsettledPayments() {
        return store.payments().unfinished().stream().map(StoreMapping::record)
                .filter(p -> !p.settled()).toList();
    }

    @Override
    public Optional<OutgoingCall> journaledCheckout(String paymentId) {
        return store.journal().forPayment(paymentId).stream()
                .filter(e -> Operation.CHECKOUT.name().equals(e.operation()))
                .findFirst()
                .map(StoreRecords::call);
    }

    @Override
    public void resolveJournal(String paymentId, String resolution) {
        store.journal().markPaymentResolved(paymentId, resolution);
    }

    @Override
    public String savePrintJob(String saleId, String kind, byte[] bytes) {
        String id = UUID.randomUUID().toString();
        store.printJobs().insert(PrintJobRow.pending(id, saleId, PrintKind.valueOf(kind), bytes, clock.instant()));
        return id;
    }

    @Override
    public void printJobDone(String jobId, String state, String error) {
        if ("PRINTED".equals(state)) {
            store.printJobs().markPrinted(jobId, clock.instant());
        } else {
            store.printJobs().markState(jobId, PrintState.valueOf(state), error);
        }
    }

    @Override
    public List<PendingPrint> pendingPrints() {
        return store.printJobs().pending().stream()
                .map(j -> new PendingPrint(j.id(), j.saleId(), j.kind().name(), j.content())).toList();
    }

    @Override
    public Optional<String> openShiftId() {
        return store.shifts().findOpen(tillId).map(ShiftRow::id);
    }

    @Override
    public String openTrainingShift(String by) {
        return store.shifts().open(tillId, clock.instant(), by, 0, true).id();
    }

    @Override
    public void assignShift(String saleId, String shiftId) {
        store.shifts().attachSale(saleId, shiftId);
    }

    private Sale restore(SaleRow row) {
        knownSales.add(row.id());
        return StoreMapping.sale(row, store.sales().lines(row.id()));
    }

    private static OutgoingCall call(JournalEntry e) {
        return new OutgoingCall(Operation.CHECKOUT, e.path(), e.requestId(), e.body());
    }
}

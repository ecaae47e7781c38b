package org.kassa.till.journal;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.kassa.payclient.CallListener;
import org.kassa.payclient.Operation;
import org.kassa.payclient.OutgoingCall;
import org.kassa.till.store.JournalCall;
import org.kassa.till.store.JournalEntry;
import org.kassa.till.store.JournalRepository;
import org.kassa.till.store.TillStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Journals every Pay API call in the till database and commits it BEFORE the call is sent, so a crash at any
 * instant leaves a row that recovery resolves with the same requestId (docs/decisions/0102).
 *
 * <p>Give each workflow the listener of its operation: {@code journal.forPayment(saleId, paymentId)}. An
 * unbound journal writes rows without sale and payment. Immutable and thread-safe.
 */
public final class DurableJournal implements CallListener {

    /** {@link JournalEntry#service()} of Pay API calls. */
    public static final String PAY = "pay";
    /** {@link JournalEntry#service()} of Craftgate calls. */
    public static final String CRAFTGATE = "craftgate";

    private static final Logger LOG = LoggerFactory.getLogger(DurableJournal.class);

    private final JournalRepository repository;
    private final Clock clock;
    private final String saleId;
    private final String paymentId;

    public DurableJournal(TillStore store) {
        this(store.journal(), Clock.systemUTC());
    }

    public DurableJournal(JournalRepository repository, Clock clock) {
        this(repository, clock, null, null);
    }

    private DurableJournal(JournalRepository repository, Clock clock, String saleId, String paymentId) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.saleId = saleId;
        this.paymentId = paymentId;
    }

    /**
     * This journal bound to an operation: its rows carry the sale and the payment (or the cancel/refund id).
     * Either may be null.
     */
    public DurableJournal forPayment(String saleId, String paymentId) {
        return new DurableJournal(repository, clock, saleId, paymentId);
    }

    /**
     * Writes and commits the row of this attempt; returns only once it is in the database file.
     *
     * @throws JournalWriteException if the row could not be written: the call must not be sent
     */
    @Override
    public void beforeCall(String step, OutgoingCall call, int attempt) {
        String service = call.operation().service() == Operation.Service.CRAFTGATE ? CRAFTGATE : PAY;
        // A Craftgate call sent without an idempotency key still gets a row: keyed by a fresh id.
        String requestId = call.requestId() != null ? call.requestId() : java.util.UUID.randomUUID().toString();
        append(new JournalCall(service, call.operation().name(), step, saleId, paymentId, requestId, attempt,
                call.path(), call.body()));
    }

    /**
     * Records the answer of an attempt (HTTP status and exact body) on its row. Never throws: the answer is
     * already in the workflow's hands, and a row left without answer is resolved by recovery asking the server.
     */
    @Override
    public void answered(String step, OutgoingCall call, int attempt, int httpStatus, byte[] rawBody) {
        try {
            if (!repository.recordAnswer(call.requestId(), step, attempt, httpStatus, rawBody, clock.instant())) {
                LOG.warn("journal: no row for the answer to {} {} attempt {}", call.operation(), call.requestId(),
                        attempt);
            }
        } catch (RuntimeException e) {
            LOG.warn("journal: could not record the answer to {} {} attempt {} ({}); recovery will ask the server",
                    call.operation(), call.requestId(), attempt, e.getMessage());
        }
    }

    /** Rows of operations not yet resolved, in the order written: what recovery works through. */
    public List<JournalEntry> pending() {
        return repository.pending();
    }

    /** Marks every row of {@code requestId} resolved, e.g. with {@code "ACCEPTED"}; returns how many. */
    public int markResolved(String requestId, String resolution) {
        return repository.markResolved(requestId, resolution);
    }

    private void append(JournalCall row) {
        try {
            repository.append(row, clock.instant());
        } catch (RuntimeException e) {
            throw new JournalWriteException("cannot journal the " + row.operation() + " call (requestId "
                    + row.requestId() + ", attempt " + row.attempt() + ") before sending it, so it was not sent: "
                    + e.getMessage(), e);
        }
    }
}

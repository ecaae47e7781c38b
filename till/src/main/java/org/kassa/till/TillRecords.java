package org.kassa.till;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kassa.payclient.CallListener;
import org.kassa.payclient.OutgoingCall;
import org.kassa.till.sale.Sale;
import org.kassa.till.tender.PaymentRecord;

/**
 * What the till core keeps, as the core sees it; the H2 store implements it. Every method commits before it
 * returns: the till acts only on what is already durable.
 */
public interface TillRecords {

    /** The sale's header and all its lines, as they are now. */
    void saveSale(Sale sale);

    void savePayment(PaymentRecord payment);

    /** A loyalty scan: only the outcome and the masked card number, never the number or the password. */
    void saveScan(String saleId, Instant at, String resultCode, String maskedCard);

    /** The journal hook for the calls of one payment: each request is committed before it is sent. */
    CallListener journal(String saleId, String paymentId);

    /** This till's sale that was still open when it stopped, if any. */
    Optional<Sale> openSale();

    Optional<Sale> sale(String saleId);

    List<PaymentRecord> payments(String saleId);

    /** Koshelek payments that had not reached a final state. */
    List<PaymentRecord> unsettledPayments();

    /** The journaled checkout of a payment (the exact request to resend), if it was ever about to be sent. */
    Optional<OutgoingCall> journaledCheckout(String paymentId);

    /** Marks the journal entries of a payment resolved, with what recovery did. */
    void resolveJournal(String paymentId, String resolution);

    /** A print job: its bytes stored before they go to the printer, then its outcome. */
    String savePrintJob(String saleId, String kind, byte[] bytes);

    void printJobDone(String jobId, String state, String error);

    /** Jobs stored but never printed (a crash or a dead printer), oldest first. */
    List<PendingPrint> pendingPrints();

    /** This till's open shift's id, if any (docs/decisions/0132). Without shifts kept: none. */
    default Optional<String> openShiftId() {
        return Optional.empty();
    }

    /** Training only: opens a shift with no starting cash so that a sale can start; returns its id. */
    default String openTrainingShift(String by) {
        throw new UnsupportedOperationException("these records keep no shifts");
    }

    /** Puts a new sale in a shift. */
    default void assignShift(String saleId, String shiftId) {
    }

    /** A stored print job waiting for the printer. */
    record PendingPrint(String id, String saleId, String kind, byte[] bytes) {
    }
}

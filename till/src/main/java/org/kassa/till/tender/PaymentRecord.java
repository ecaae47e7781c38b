package org.kassa.till.tender;

import java.time.Instant;
import java.util.Objects;
import org.kassa.payclient.api.Slip;

/**
 * One tender of a sale as the store keeps it: created before anything is sent, updated on every state.
 *
 * @param state             the Koshelek workflow state (CREATED … ACCEPTED/REJECTED/CANCELED/FAILED, IN_DOUBT)
 *                          or ACCEPTED for cash
 * @param paymentType       the Koshelek provider (SBP, DOLYAME) or null
 * @param checkoutRequestId the journaled checkout's request id, once prepared
 * @param status            the last raw status from the server
 * @param tipCode           the operator tip's code of the last error, or null
 * @param slip              the Koshelek slip, once received
 * @param rawSlipJson       the slip exactly as the server sent it, when available
 */
public record PaymentRecord(String id, String saleId, Tender tender, String state, long amount, long cashGiven,
                            long change, String paymentType, String transactionId, String checkoutRequestId,
                            String status, String tipCode, Slip slip, String rawSlipJson, Instant createdAt,
                            Instant updatedAt) {

    public static final String ACCEPTED = "ACCEPTED";

    public PaymentRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(saleId, "saleId");
        Objects.requireNonNull(tender, "tender");
        Objects.requireNonNull(state, "state");
    }

    public static PaymentRecord cash(String id, String saleId, long amount, long given, Instant at) {
        return new PaymentRecord(id, saleId, Tender.CASH, ACCEPTED, amount, given, given - amount, null, null,
                null, null, null, null, null, at, at);
    }

    public static PaymentRecord koshelek(String id, String saleId, long amount, String paymentType, Instant at) {
        return new PaymentRecord(id, saleId, Tender.KOSHELEK, "CREATED", amount, 0, 0, paymentType, null, null,
                null, null, null, null, at, at);
    }

    public boolean paid() {
        return ACCEPTED.equals(state);
    }

    /** Final: nothing more will change without an operator (paid, declined, cancelled, failed). */
    public boolean settled() {
        return switch (state) {
            case "ACCEPTED", "REJECTED", "CANCELED", "FAILED" -> true;
            default -> false;
        };
    }

    public PaymentRecord with(String newState, String newPaymentType, String newTransactionId, String requestId,
                              String newStatus, String newTipCode, Slip newSlip, String newRawSlip, Instant at) {
        return new PaymentRecord(id, saleId, tender, newState, amount, cashGiven, change,
                newPaymentType == null ? paymentType : newPaymentType,
                newTransactionId == null ? transactionId : newTransactionId,
                requestId == null ? checkoutRequestId : requestId, newStatus == null ? status : newStatus,
                newTipCode, newSlip == null ? slip : newSlip, newRawSlip == null ? rawSlipJson : newRawSlip,
                createdAt, at);
    }
}

package org.kassa.till.store;

import java.time.Instant;
import java.util.Objects;
import org.kassa.till.tender.Tender;

/**
 * One tender of a sale.
 *
 * @param state             the workflow state's name (e.g. {@code AWAITING_STATUS}, or {@code PAID} for cash)
 * @param finalState        true once the state is final (nothing left to resolve after a crash)
 * @param cashGivenKopecks  cash handed over (cash only), or null
 * @param changeKopecks     change returned (cash only), or null
 * @param paymentType       the provider's payment type, e.g. {@code KOSHELEK} or an SBP variant, or null
 * @param checkoutRequestId the checkout's requestId: the same one is resent after a crash
 * @param status            the last raw status from the server, unknown values included
 * @param tipCode           the operator tip shown last, or null
 */
public record PaymentRow(String id, String saleId, Tender tender, String state, boolean finalState,
                         long amountKopecks, Long cashGivenKopecks, Long changeKopecks, String paymentType,
                         String transactionId, String checkoutRequestId, String status, String tipCode,
                         SlipFields slip, Instant createdAt, Instant updatedAt) {

    public PaymentRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(saleId, "saleId");
        Objects.requireNonNull(tender, "tender");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        slip = slip == null ? SlipFields.NONE : slip;
    }

    /** A Koshelek payment about to start: nothing known from the server yet. */
    public static PaymentRow koshelek(String id, String saleId, long amount, String checkoutRequestId, String state,
                                      Instant at) {
        return new PaymentRow(id, saleId, Tender.KOSHELEK, state, false, amount, null, null, null, null,
                checkoutRequestId, null, null, SlipFields.NONE, at, at);
    }

    /** A cash payment, final at once. */
    public static PaymentRow cash(String id, String saleId, long amount, long given, Instant at) {
        return new PaymentRow(id, saleId, Tender.CASH, "PAID", true, amount, given, given - amount, null, null, null,
                null, null, SlipFields.NONE, at, at);
    }

    /** The row after a workflow event: new state, server answer and tip. */
    public PaymentRow withProgress(String newState, boolean isFinal, String newTransactionId, String newStatus,
                                   String newTipCode, SlipFields newSlip, Instant at) {
        return new PaymentRow(id, saleId, tender, newState, isFinal, amountKopecks, cashGivenKopecks, changeKopecks,
                paymentType, newTransactionId, checkoutRequestId, newStatus, newTipCode, newSlip, createdAt, at);
    }

    public PaymentRow withPaymentType(String type) {
        return new PaymentRow(id, saleId, tender, state, finalState, amountKopecks, cashGivenKopecks, changeKopecks,
                type, transactionId, checkoutRequestId, status, tipCode, slip, createdAt, updatedAt);
    }
}

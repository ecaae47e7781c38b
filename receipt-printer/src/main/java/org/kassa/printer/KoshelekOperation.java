package org.kassa.printer;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One Koshelek Pay payment or refund as the slip and the cash reports show it (docs/contracts.md#pay-api-slip).
 *
 * @param type                 payment or refund
 * @param requestId            the cash desk's request id (reports only)
 * @param orderId              the merchant's order id
 * @param paymentTransactionId Koshelek's payment transaction id (on a refund: the paid transaction, if known)
 * @param refundTransactionId  Koshelek's refund transaction id; null for a payment
 * @param paymentType          the provider, e.g. {@code SBP} or {@code DOLYAME}, kept as sent by the API
 * @param qrcId                SBP transaction id; null unless SBP
 * @param kzo                  SBP control value; null unless SBP
 * @param amountKopecks        amount in kopecks, positive
 * @param at                   local date and time of the operation
 */
public record KoshelekOperation(Type type, String requestId, String orderId, String paymentTransactionId,
        String refundTransactionId, String paymentType, String qrcId, String kzo, long amountKopecks,
        LocalDateTime at) {

    /** Payment or refund. */
    public enum Type { PAYMENT, REFUND }

    public KoshelekOperation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(paymentType, "paymentType");
        Objects.requireNonNull(at, "at");
        if (type == Type.PAYMENT && paymentTransactionId == null) {
            throw new IllegalArgumentException("a payment needs its paymentTransactionId");
        }
        if (type == Type.REFUND && refundTransactionId == null) {
            throw new IllegalArgumentException("a refund needs its refundTransactionId");
        }
        if (amountKopecks < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amountKopecks);
        }
    }

    /** The id of this operation: the payment's or the refund's transaction id. */
    public String transactionId() {
        return type == Type.PAYMENT ? paymentTransactionId : refundTransactionId;
    }

    /** SBP operations carry qrcId and kzo. */
    public boolean isSbp() {
        return "SBP".equalsIgnoreCase(paymentType);
    }
}

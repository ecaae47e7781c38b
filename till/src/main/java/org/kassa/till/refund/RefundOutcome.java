package org.kassa.till.refund;

/**
 * How a refund or cancel ended (or stands, when no final answer came in time).
 *
 * @param kind                REFUND or CANCEL
 * @param tender              CASH or KOSHELEK
 * @param state               REFUNDED, CANCELED, REJECTED, FAILED, IN_DOUBT (or a running state)
 * @param status              the server's last raw status (e.g. refunded, partial_refunded), or null
 * @param tip                 what to tell the operator when it did not go through, or null
 * @param saleVoided          true when this refund returned the whole sale
 */
public record RefundOutcome(String refundId, String saleId, String orderId, String kind, String tender, String state,
                            long amount, String requestId, String refundTransactionId, String status, String tip,
                            boolean saleVoided) {

    /** True when the money went back. */
    public boolean done() {
        return "REFUNDED".equals(state) || "CANCELED".equals(state);
    }
}

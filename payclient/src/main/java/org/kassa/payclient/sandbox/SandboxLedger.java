package org.kassa.payclient.sandbox;

import java.util.List;
import java.util.Optional;

/** Read-only view of what the sandbox recorded, for tests and training. Every call returns a snapshot. */
public interface SandboxLedger {

    /** Every payment transaction, oldest first. */
    List<SandboxPayment> payments();

    Optional<SandboxPayment> payment(String transactionId);

    /** How many payment transactions a checkout with this requestId created (0 or 1; never more). */
    long checkoutsWithRequestId(String requestId);

    /** How many requests reached this path (resends and answered-from-memory included). */
    long requestsTo(String path);

    /** A payment transaction as the sandbox sees it now. */
    record SandboxPayment(String transactionId, String requestId, String cardSession, String orderId,
                          long totalAmount, String paymentType, String status, String errorCode,
                          long refundedAmount, List<SandboxRefund> refunds) {
        public SandboxPayment {
            refunds = List.copyOf(refunds);
        }
    }

    /** A cancel or refund transaction on a payment. */
    record SandboxRefund(String refTransactionId, String requestId, Kind kind, long amount, String refStatus,
                         String errorCode) {
        public enum Kind { CANCEL, REFUND }
    }
}

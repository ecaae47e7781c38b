package org.kassa.sandbox;

import java.time.Instant;
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

    /**
     * The requests that reached this path, oldest first, with the exact body bytes and when they arrived
     * (the last 10,000 requests are kept). Lets tests prove that a resend carried the same bytes and
     * measure polling intervals on the server side.
     */
    List<ReceivedRequest> received(String path);

    /** One request as it arrived; the Authorization and token values are not kept. */
    record ReceivedRequest(long receivedNanos, Instant receivedAt, String method, String path,
                           byte[] body, boolean hadToken) {
        public ReceivedRequest {
            body = body.clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }

        @Override
        public String toString() {
            return "ReceivedRequest[" + method + " " + path + ", " + body.length + " bytes, at " + receivedAt + "]";
        }
    }

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

package org.kassa.till.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A cancel or refund of a payment.
 *
 * @param requestId        the operation's requestId, resent unchanged after a crash; unique
 * @param refTransactionId the cancel/refund transaction id from the server, once known
 * @param state            the workflow state's name ({@code CancelState} or {@code RefundState})
 * @param finalState       true once the state is final
 * @param status           the last raw refStatus from the server
 * @param byUser           who asked for it
 */
public record OperationRow(String id, OperationKind kind, String paymentId, String requestId, String refTransactionId,
                           long amountKopecks, String state, boolean finalState, String status, String rawSlipJson,
                           String byUser, Instant createdAt, Instant updatedAt) {

    public OperationRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public OperationRow withProgress(String newState, boolean isFinal, String newRefTransactionId, String newStatus,
                                     String newRawSlipJson, Instant at) {
        return new OperationRow(id, kind, paymentId, requestId, newRefTransactionId, amountKopecks, newState, isFinal,
                newStatus, newRawSlipJson, byUser, createdAt, at);
    }
}

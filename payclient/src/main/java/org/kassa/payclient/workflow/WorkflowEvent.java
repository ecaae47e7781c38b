package org.kassa.payclient.workflow;

import java.time.Instant;
import org.kassa.payclient.api.AvailabilityInfo;
import org.kassa.payclient.api.Slip;
import org.kassa.payclient.tips.OperatorTip;

/**
 * A state a workflow entered, with what the till needs to show and store at that moment.
 *
 * @param state            the new state
 * @param at               when it was entered
 * @param transactionId    the payment transaction, once known
 * @param refTransactionId the cancel or refund transaction, once known
 * @param status           the last raw status (or refStatus) the server sent, unknown values included
 * @param slip             the last slip received, or null
 * @param tip              what to tell the operator (errors, timeouts, rejections), or null
 * @param availability     the availability-info answer of a payment once it came (the server's per-type
 *                         {@code message}s and {@code koshelekPayIsDefault}), else null; kept on later events
 */
public record WorkflowEvent<S extends Enum<S>>(S state, Instant at, String transactionId, String refTransactionId,
                                               String status, Slip slip, OperatorTip tip,
                                               AvailabilityInfo availability) {

    public WorkflowEvent(S state, Instant at, String transactionId, String refTransactionId, String status, Slip slip,
                         OperatorTip tip) {
        this(state, at, transactionId, refTransactionId, status, slip, tip, null);
    }

    public WorkflowEvent<S> next(S newState, Instant when) {
        return new WorkflowEvent<>(newState, when, transactionId, refTransactionId, status, slip, null, availability);
    }

    public WorkflowEvent<S> withTip(OperatorTip newTip) {
        return new WorkflowEvent<>(state, at, transactionId, refTransactionId, status, slip, newTip, availability);
    }

    public WorkflowEvent<S> withTransaction(String id) {
        return new WorkflowEvent<>(state, at, id, refTransactionId, status, slip, tip, availability);
    }

    public WorkflowEvent<S> withReference(String id) {
        return new WorkflowEvent<>(state, at, transactionId, id, status, slip, tip, availability);
    }

    public WorkflowEvent<S> withAvailability(AvailabilityInfo info) {
        return new WorkflowEvent<>(state, at, transactionId, refTransactionId, status, slip, tip, info);
    }

    /** Keeps the previous status or slip when the answer left them out. */
    public WorkflowEvent<S> withAnswer(String newStatus, Slip newSlip) {
        return new WorkflowEvent<>(state, at, transactionId, refTransactionId,
                newStatus == null ? status : newStatus, newSlip == null ? slip : newSlip, tip, availability);
    }
}

package org.kassa.payclient.workflow;

/** States of a refund; the last three are final. A started refund cannot be cancelled. */
public enum RefundState {
    CREATED,
    REFUNDING,
    AWAITING_STATUS,
    /**
     * No final answer: the refund may exist. Call {@link RefundWorkflow#retry()}, which resends the very same
     * request (same request id and bytes), so the server answers the first refund and never makes a second.
     */
    IN_DOUBT,
    REFUNDED,
    /** Rejected, e.g. CANCEL_REFUNDING_BY_BANK; the tip says why. */
    REJECTED,
    /** Refused by the server before anything happened; the tip says why. */
    FAILED;

    public boolean isFinal() {
        return ordinal() >= REFUNDED.ordinal();
    }
}

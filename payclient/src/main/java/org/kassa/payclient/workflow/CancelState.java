package org.kassa.payclient.workflow;

/** States of a stand-alone cancel; the last four are final. */
public enum CancelState {
    CREATED,
    CANCELING,
    /** No answer: call {@link CancelWorkflow#retry()} (same request id and bytes). */
    IN_DOUBT,
    /** Cancelled for the full amount. */
    CANCELED,
    /** The payment was already paid: refund instead (tip CANCEL_AFTER_PAYMENT). */
    TOO_LATE,
    /** The payment had been rejected: nothing to cancel. */
    ALREADY_REJECTED,
    /** The server refused; the tip says why. */
    FAILED;

    public boolean isFinal() {
        return ordinal() >= CANCELED.ordinal();
    }
}

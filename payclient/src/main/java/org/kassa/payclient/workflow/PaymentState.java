package org.kassa.payclient.workflow;

/** States of a payment; the last four are final (the workflow's thread ends with them). */
public enum PaymentState {
    CREATED,
    CHECKING_AVAILABILITY,
    CHECKOUT,
    AWAITING_STATUS,
    CANCELING,
    /** No answer: the payment may exist. Call {@link PaymentWorkflow#retry()} (same request id and bytes). */
    IN_DOUBT,
    /** Paid: print the slip. */
    ACCEPTED,
    /** Declined; the event's tip says why. */
    REJECTED,
    /** Cancelled by the operator or at the status cap: nothing charged. */
    CANCELED,
    /** Nothing charged: refused before or at checkout, or not available. */
    FAILED;

    public boolean isFinal() {
        return ordinal() >= ACCEPTED.ordinal();
    }
}

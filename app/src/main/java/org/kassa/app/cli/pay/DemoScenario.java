package org.kassa.app.cli.pay;

import org.kassa.payclient.workflow.PaymentState;
import org.kassa.payclient.workflow.RefundState;

/**
 * The scenarios of {@code kassa pay-demo}: the sale total's kopeck ending picks the sandbox trigger
 * (docs/sandbox.md); against a real test endpoint the ending is just part of the amount.
 */
public enum DemoScenario {
    STANDARD(0, PaymentState.ACCEPTED, RefundState.REFUNDED),
    DECLINED(1, PaymentState.REJECTED, null),
    SLOW_ACCEPT(3, PaymentState.ACCEPTED, RefundState.REFUNDED),
    ASYNC_AVAILABILITY(5, PaymentState.ACCEPTED, RefundState.REFUNDED),
    REFUND_CANCELED_BY_BANK(9, PaymentState.ACCEPTED, RefundState.REJECTED);

    private final int ending;
    private final PaymentState payment;
    private final RefundState refund;

    DemoScenario(int ending, PaymentState payment, RefundState refund) {
        this.ending = ending;
        this.payment = payment;
        this.refund = refund;
    }

    public int ending() {
        return ending;
    }

    public PaymentState expectedPayment() {
        return payment;
    }

    /** The expected end of the first (partial) refund, or null when the payment is not refunded. */
    public RefundState expectedRefund() {
        return refund;
    }

    public String cliName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

package org.kassa.payclient.workflow;

import org.kassa.payclient.tips.OperatorTip;

/** A refund the rules forbid (checked before anything is sent); the tip says what to change. */
public final class RefundRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient OperatorTip tip;

    RefundRuleException(OperatorTip tip, String message) {
        super(message);
        this.tip = tip;
    }

    public OperatorTip tip() {
        return tip;
    }
}

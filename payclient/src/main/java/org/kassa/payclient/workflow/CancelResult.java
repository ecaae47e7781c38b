package org.kassa.payclient.workflow;

import org.kassa.payclient.api.Slip;
import org.kassa.payclient.tips.OperatorTip;

/** How a cancel ended, as the payment and cancel workflows need it. */
record CancelResult(Kind kind, String refTransactionId, String status, Slip slip, OperatorTip tip) {

    enum Kind {
        /** Cancelled: no money taken. */
        CANCELED,
        /** Too late: the payment was paid; refund instead. */
        PAID,
        /** The payment had been rejected anyway. */
        REJECTED,
        /** The server refused and the payment's state is not one of the above. */
        FAILED,
        /** No answer: the cancel may or may not have happened; resend the same request. */
        IN_DOUBT
    }
}

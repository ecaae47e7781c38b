package org.kassa.sandbox.internal.pay;

import java.time.Instant;
import org.kassa.sandbox.SandboxLedger.SandboxRefund;

/** A cancel or refund on a payment. Mutable; guarded by the {@link Ledger}'s lock. */
final class RefundRecord {

    final String refTransactionId;
    final String requestId;
    final SandboxRefund.Kind kind;
    final long amount;
    final String slipId;
    final Instant createdAt;
    private final Triggers.Plan plan;
    String refStatus;
    String errorCode;

    RefundRecord(String refTransactionId, String requestId, SandboxRefund.Kind kind, long amount, String slipId,
                 Instant createdAt, Triggers.Plan plan, String refStatus) {
        this.refTransactionId = refTransactionId;
        this.requestId = requestId;
        this.kind = kind;
        this.amount = amount;
        this.slipId = slipId;
        this.createdAt = createdAt;
        this.plan = plan;
        this.refStatus = refStatus;
    }

    boolean open() {
        return "new".equals(refStatus);
    }

    /** Applies the planned decision once its time has come; true if it changed now. */
    boolean settle(Instant now) {
        if (!open() || plan == null || plan.after() == null || now.isBefore(createdAt.plus(plan.after()))) {
            return false;
        }
        refStatus = plan.status();
        errorCode = plan.errorCode();
        return true;
    }

    SandboxRefund view() {
        return new SandboxRefund(refTransactionId, requestId, kind, amount, refStatus, errorCode);
    }
}

package org.kassa.sandbox.internal.pay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kassa.sandbox.SandboxLedger.SandboxPayment;

/**
 * A payment transaction and its vendor state machine. Mutable; guarded by the {@link Ledger}'s lock.
 *
 * <pre>
 * new ──status call──▶ pending ──time──▶ accepted | rejected(errorCode)
 * new | pending ──cancel──▶ canceled
 * accepted | partial_refunded ──refund──▶ refunding ──time──▶ refunded | partial_refunded
 *                                                   └─bank rejects──▶ back to accepted | partial_refunded
 * </pre>
 */
final class PaymentRecord {

    final Checkout checkout;
    final String transactionId;
    final Instant createdAt;
    private final Triggers.Plan plan;
    final List<RefundRecord> refunds = new ArrayList<>();
    String status;
    String errorCode;
    long refunded;

    PaymentRecord(Checkout checkout, String transactionId, Instant createdAt, Triggers.Plan plan, String status,
                  String errorCode) {
        this.checkout = checkout;
        this.transactionId = transactionId;
        this.createdAt = createdAt;
        this.plan = plan;
        this.status = status;
        this.errorCode = errorCode;
    }

    boolean undecided() {
        return "new".equals(status) || "pending".equals(status);
    }

    boolean paid() {
        return switch (status) {
            case "accepted", "refunding", "refunded", "partial_refunded" -> true;
            default -> false;
        };
    }

    long available() {
        return checkout.totalAmount() - refunded;
    }

    Optional<RefundRecord> openRefund() {
        return refunds.stream().filter(RefundRecord::open).findFirst();
    }

    /** Applies what time has decided; true if the payment or one of its refunds reached a final state now. */
    boolean settle(Instant now) {
        boolean changed = false;
        if (undecided() && plan.after() != null && !now.isBefore(createdAt.plus(plan.after()))) {
            status = plan.status();
            errorCode = plan.errorCode();
            changed = true;
        }
        for (RefundRecord refund : refunds) {
            if (refund.settle(now)) {
                if ("accepted".equals(refund.refStatus)) {
                    refunded += refund.amount;
                }
                status = refunded == 0 ? "accepted" : refunded == checkout.totalAmount() ? "refunded" : "partial_refunded";
                changed = true;
            }
        }
        return changed;
    }

    /** A status call sees the payment: a fresh one turns pending. */
    void observe(Instant now) {
        settle(now);
        if ("new".equals(status)) {
            status = "pending";
        }
    }

    SandboxPayment view() {
        return new SandboxPayment(transactionId, checkout.requestId(), checkout.cardSession(), checkout.orderId(),
                checkout.totalAmount(), checkout.paymentType(), status, errorCode, refunded,
                refunds.stream().map(RefundRecord::view).toList());
    }
}

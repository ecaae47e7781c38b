package org.kassa.sandbox.internal.pay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.kassa.sandbox.SandboxLedger.SandboxPayment;
import org.kassa.sandbox.SandboxLedger.SandboxRefund;

/**
 * Every payment, cancel and refund, and the rules that move them. One lock: the sandbox serves a handful
 * of tills, and one lock makes "one checkout per cardSession" and "one open refund" trivially true.
 */
public final class Ledger {

    private final Clock clock;
    private final Triggers triggers;
    private final Consumer<ObjectNode> finalStates;
    private final Map<String, PaymentRecord> byTransactionId = new LinkedHashMap<>();
    private final Map<String, PaymentRecord> byRefTransactionId = new HashMap<>();
    private final Map<String, PaymentRecord> byCardSession = new HashMap<>();
    private final Map<String, Long> checkoutsByRequestId = new HashMap<>();

    /** {@code finalStates} receives the status body whenever a payment or refund reaches a final state. */
    public Ledger(Clock clock, Triggers triggers, Consumer<ObjectNode> finalStates) {
        this.clock = clock;
        this.triggers = triggers;
        this.finalStates = finalStates;
    }

    synchronized ObjectNode checkout(Checkout request) {
        PaymentRecord earlier = byCardSession.get(request.cardSession());
        if (earlier != null) {
            earlier.settle(clock.instant());
            throw earlier.paid()
                    ? new PayError("TRANSACTION_FOR_SESSION_ID_ALREADY_PAYED",
                            "cardSession was already paid in transaction " + earlier.transactionId + "; scan the card again")
                    : new PayError("TRANSACTION_FOR_SESSION_ID_ALREADY_EXISTS",
                            "cardSession already has transaction " + earlier.transactionId + "; scan the card again");
        }
        if (request.totalAmount() < Triggers.MIN_TOTAL_AMOUNT) {
            throw new PayError("TOTAL_AMOUNT_IS_TOO_SMALL", "totalAmount " + request.totalAmount()
                    + " is below the minimum of 400 kopecks (4 RUB)");
        }
        int ending = Triggers.ending(request.totalAmount());
        if (ending == Triggers.NOT_ENOUGH_LIMIT) {
            throw new PayError("NOT_ENOUGH_LIMIT_TO_PAY", "the customer's limit does not cover this amount (sandbox trigger: ending 06)");
        }
        if (ending == Triggers.UNKNOWN_ERROR_CODE) {
            throw new PayError(Triggers.FUTURE_ERROR_CODE, "a code newer than this till (sandbox trigger: ending 12)");
        }
        boolean providerError = ending == Triggers.PROVIDER_ERROR;
        PaymentRecord payment = new PaymentRecord(request, Ids.guid(), clock.instant(),
                triggers.paymentPlan(request.totalAmount()), providerError ? "rejected" : "new",
                providerError ? "EXTERNAL_PROVIDER_ERROR" : null);
        byTransactionId.put(payment.transactionId, payment);
        byCardSession.put(request.cardSession(), payment);
        checkoutsByRequestId.merge(request.requestId(), 1L, Long::sum);
        return PayViews.checkout(request.requestId(), payment);
    }

    synchronized ObjectNode status(String requestId, Optional<String> transactionId, Optional<String> refTransactionId) {
        PaymentRecord payment = refTransactionId.isPresent()
                ? known(byRefTransactionId.get(refTransactionId.get()), "refTransactionId " + refTransactionId.get())
                : find(transactionId.orElseThrow(() -> new BadRequest("transactionId or refTransactionId is required")));
        boolean changed = payment.settle(clock.instant());
        payment.observe(clock.instant());
        RefundRecord refund = refTransactionId.map(id -> refundOf(payment, id)).orElse(null);
        announceIf(changed, payment);
        return PayViews.status(requestId, payment, refund);
    }

    synchronized ObjectNode cancel(String requestId, String transactionId) {
        PaymentRecord payment = find(transactionId);
        payment.settle(clock.instant());
        if (!payment.undecided()) {
            throw new PayError("WRONG_TRANSACTION_STATE_CHANGE", switch (payment.status) {
                case "accepted" -> "the payment is accepted and its slip issued; refund it instead";
                case "canceled" -> "the payment is already canceled";
                case "rejected" -> "the payment was rejected; there is nothing to cancel";
                default -> "the payment is " + payment.status + "; a refunded payment cannot be canceled";
            });
        }
        RefundRecord cancel = new RefundRecord(Ids.guid(), requestId, SandboxRefund.Kind.CANCEL,
                payment.checkout.totalAmount(), Ids.guid(), clock.instant(), null, "accepted");
        addRefund(payment, cancel);
        payment.status = "canceled";
        announceIf(true, payment);
        return PayViews.operation(requestId, payment, cancel);
    }

    synchronized ObjectNode refund(String requestId, String transactionId, long amount) {
        PaymentRecord payment = find(transactionId);
        payment.settle(clock.instant());
        Optional<String> refusal = refusal(payment, amount);
        if (refusal.isPresent()) {
            RefundRecord refused = new RefundRecord(Ids.guid(), requestId, SandboxRefund.Kind.REFUND, amount,
                    Ids.guid(), clock.instant(), null, "rejected");
            refused.errorCode = refusal.get();
            return PayViews.operation(requestId, payment, refused);
        }
        RefundRecord refund = new RefundRecord(Ids.guid(), requestId, SandboxRefund.Kind.REFUND, amount,
                Ids.guid(), clock.instant(), triggers.refundPlan(payment.checkout.totalAmount()), "new");
        addRefund(payment, refund);
        payment.status = "refunding";
        return PayViews.operation(requestId, payment, refund);
    }

    /** The HTTP-200 errorCode of a refund that cannot start, if any. */
    private static Optional<String> refusal(PaymentRecord payment, long amount) {
        if (payment.undecided()) {
            return Optional.of("PAYMENT_TRANSACTION_IS_NOT_PAID");
        }
        if (!payment.paid() || "refunded".equals(payment.status)) {
            return Optional.of("TERMINAL_STATE_OF_PAYMENT_TRANSACTION");
        }
        if (payment.openRefund().isPresent()) {
            return Optional.of("PAYMENT_TRANSACTION_IS_BEING_REFUNDED_ALREADY");
        }
        if (amount > payment.available()) {
            return Optional.of("REQUESTED_REFUND_AMOUNT_IS_GREATER_THAN_AVAILABLE");
        }
        if (Triggers.ending(payment.checkout.totalAmount()) == Triggers.REFUND_AMOUNT_MISMATCH) {
            return Optional.of("UNEXPECTED_REFUND_AMOUNT_LEFT_FROM_EXTERNAL_PROVIDER");
        }
        return Optional.empty();
    }

    synchronized void receipt(String transactionId) {
        PaymentRecord payment = find(transactionId);
        payment.settle(clock.instant());
        if (payment.undecided()) {
            throw new PayError("TRANSACTION_IN_PROCESSING", "the payment is still " + payment.status + "; send the receipt once it is accepted");
        }
        if (!payment.paid()) {
            throw new PayError("PAYMENT_TRANSACTION_IS_NOT_PAID", "the payment is " + payment.status + "; there is no receipt to send");
        }
    }

    /** Applies every decision that time has brought (the postback ticker calls this). */
    public synchronized void settleAll() {
        Instant now = clock.instant();
        for (PaymentRecord payment : byTransactionId.values()) {
            announceIf(payment.settle(now), payment);
        }
    }

    private void announceIf(boolean changed, PaymentRecord payment) {
        if (changed) {
            RefundRecord latest = payment.refunds.isEmpty() ? null : payment.refunds.get(payment.refunds.size() - 1);
            String requestId = latest != null ? latest.requestId : payment.checkout.requestId();
            finalStates.accept(PayViews.status(requestId, payment, latest));
        }
    }

    private void addRefund(PaymentRecord payment, RefundRecord refund) {
        payment.refunds.add(refund);
        byRefTransactionId.put(refund.refTransactionId, payment);
    }

    private PaymentRecord find(String transactionId) {
        return known(byTransactionId.get(transactionId), "transactionId " + transactionId);
    }

    private static PaymentRecord known(PaymentRecord payment, String what) {
        if (payment == null) {
            throw new PayError("UNKNOWN_TRANSACTION_ID", what + " is not known to the sandbox");
        }
        return payment;
    }

    private static RefundRecord refundOf(PaymentRecord payment, String refTransactionId) {
        return payment.refunds.stream().filter(r -> r.refTransactionId.equals(refTransactionId)).findFirst()
                .orElseThrow();
    }

    // read-only views for SandboxLedger

    public synchronized List<SandboxPayment> payments() {
        Instant now = clock.instant();
        List<SandboxPayment> views = new ArrayList<>();
        for (PaymentRecord payment : byTransactionId.values()) {
            announceIf(payment.settle(now), payment);
            views.add(payment.view());
        }
        return views;
    }

    public synchronized long checkoutsWithRequestId(String requestId) {
        return checkoutsByRequestId.getOrDefault(requestId, 0L);
    }
}

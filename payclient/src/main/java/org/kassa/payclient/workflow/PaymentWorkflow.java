package org.kassa.payclient.workflow;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.kassa.payclient.CallListener;
import org.kassa.payclient.Operation;
import org.kassa.payclient.OutgoingCall;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.PayException;
import org.kassa.payclient.PayJournalException;
import org.kassa.payclient.PaySettings;
import org.kassa.payclient.api.AvailabilityInfo;
import org.kassa.payclient.api.CheckoutRequest;
import org.kassa.payclient.api.CheckoutResponse;
import org.kassa.payclient.api.PaymentMethod;
import org.kassa.payclient.api.RequestIds;
import org.kassa.payclient.api.StatusResponse;
import org.kassa.payclient.api.TransactionStatus;
import org.kassa.payclient.api.User;
import org.kassa.payclient.tips.OperatorTip;
import org.kassa.payclient.tips.TipCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Koshelek Pay payment as a state machine: optional availability-info, checkout, status polling by the
 * vendor's rules, and a cancel when the operator asks or the cap passes. A postback only triggers an immediate
 * confirming status call. Runs on its own thread, which ends with the final state.
 */
public final class PaymentWorkflow implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentWorkflow.class);

    private final PayClient client;
    private final PaymentOrder order;
    private final CallListener calls;
    private final WorkflowEngine<PaymentState> engine;
    private volatile boolean cancelRequested;
    private volatile OutgoingCall checkoutCall;
    private volatile boolean checkoutMayHaveGoneOut;
    private boolean started;
    private AvailabilityStep availability;
    private StatusPolling polling;
    private CancelProcedure cancelProcedure;
    private Runnable retryStep;

    private PaymentWorkflow(PayClient client, PaymentOrder order, CallListener calls, Clock clock) {
        this.client = client;
        this.order = order;
        this.calls = new CheckoutWatch(calls);
        this.engine = new WorkflowEngine<>("payment", PaymentState.CREATED, clock);
        engine.onCrash(e -> {
            OperatorTip tip = WorkflowEngine.crashTip(e, client.tips());
            if (!checkoutMayHaveGoneOut) {
                finish(PaymentState.FAILED, tip);
            } else {
                // The checkout may have gone out: resending it (same id and bytes) recovers the payment's state.
                inDoubt(tip, () -> {
                    enter(PaymentState.CHECKOUT);
                    sendCheckout();
                });
            }
        });
    }

    /** Passes every call to the journal and notes when a checkout attempt got past it (so may be sent). */
    private final class CheckoutWatch implements CallListener {
        private final CallListener journal;

        CheckoutWatch(CallListener journal) {
            this.journal = journal;
        }

        @Override
        public void beforeCall(String step, OutgoingCall call, int attempt) {
            journal.beforeCall(step, call, attempt);
            if (call.operation() == Operation.CHECKOUT) {
                checkoutMayHaveGoneOut = true;
            }
        }

        @Override
        public void answered(String step, OutgoingCall call, int attempt, int httpStatus, byte[] rawBody) {
            journal.answered(step, call, attempt, httpStatus, rawBody);
        }
    }

    /**
     * Continues a payment after a crash from its journaled checkout: {@link #start()} resends exactly that
     * request (the server answers the first checkout again, or processes it if it never arrived), then polls
     * and decides as usual.
     */
    public static PaymentWorkflow resume(PayClient client, OutgoingCall journaledCheckout, CallListener calls) {
        if (journaledCheckout.operation() != Operation.CHECKOUT) {
            throw new IllegalArgumentException("not a checkout: " + journaledCheckout.operation());
        }
        PaymentWorkflow w = new PaymentWorkflow(client, null, calls, Clock.systemUTC());
        w.checkoutCall = journaledCheckout;
        w.checkoutMayHaveGoneOut = true;
        return w;
    }

    /** A payment that has not started; {@code calls} hears every request before it is sent. */
    public static PaymentWorkflow create(PayClient client, PaymentOrder order, CallListener calls) {
        return new PaymentWorkflow(client, order, calls, Clock.systemUTC());
    }

    public PaymentWorkflow addListener(WorkflowListener<PaymentState> listener) {
        engine.addListener(listener);
        return this;
    }

    /** Starts the payment; returns at once. Only the first call counts. */
    public synchronized void start() {
        if (!started) {
            started = true;
            engine.run(this::begin);
        }
    }

    /** The operator cancels: before checkout nothing is sent; after it the payment is cancelled on the server. */
    public void cancel() {
        cancelRequested = true;
        engine.run(this::cancelNow);
    }

    /** A postback said this transaction changed: confirm at once with a status call (never trusted alone). */
    public void postbackReceived(String transactionId) {
        engine.run(() -> {
            if (polling != null && polling.active() && transactionId != null
                    && transactionId.equals(engine.current().transactionId())) {
                polling.pollNow();
            }
        });
    }

    /** In {@link PaymentState#IN_DOUBT}: resends the unanswered request (same request id, same bytes). */
    public void retry() {
        engine.run(() -> {
            if (engine.current().state() == PaymentState.IN_DOUBT && retryStep != null) {
                Runnable step = retryStep;
                retryStep = null;
                step.run();
            }
        });
    }

    public WorkflowEvent<PaymentState> current() {
        return engine.current();
    }

    /** Completes with the final event (ACCEPTED, REJECTED, CANCELED or FAILED). */
    public CompletableFuture<WorkflowEvent<PaymentState>> result() {
        return engine.result();
    }

    /** The checkout's request id once the checkout is prepared (for reports and recovery), else null. */
    public String checkoutRequestId() {
        OutgoingCall call = checkoutCall;
        return call == null ? null : call.requestId();
    }

    private void begin() {
        if (cancelRequested && checkoutCall == null) {
            finish(PaymentState.CANCELED, TipCodes.CANCELED_BY_OPERATOR);
        } else if (checkoutCall != null) {
            enter(PaymentState.CHECKOUT);
            sendCheckout();
        } else if (client.settings().availabilityInfo()) {
            enter(PaymentState.CHECKING_AVAILABILITY);
            availability = new AvailabilityStep(client, calls, engine, order, this::afterAvailability,
                    tip -> finish(PaymentState.FAILED, tip));
            availability.start();
        } else {
            checkout(order.paymentType() != null ? order.paymentType()
                    : client.settings().allowed().paymentTypes().get(0));
        }
    }

    private void afterAvailability(AvailabilityInfo info) {
        // The till hears the server's own answer: per-type messages and koshelekPayIsDefault.
        engine.emit(engine.current().withAvailability(info));
        if (cancelRequested) {
            finish(PaymentState.CANCELED, TipCodes.CANCELED_BY_OPERATOR);
            return;
        }
        String type = order.paymentType() != null ? order.paymentType()
                : client.settings().allowed().paymentTypes().stream().filter(info::available).findFirst().orElse(null);
        if (type == null || !info.available(type)) {
            String reason = type != null ? info.message(type).orElse(null) : info.unavailableMessages();
            finish(PaymentState.FAILED, client.tips().tip(TipCodes.PAYMENT_NOT_AVAILABLE).withServerMessage(reason));
        } else {
            checkout(type);
        }
    }

    private void checkout(String paymentType) {
        PaySettings s = client.settings();
        if (!s.allowed().paymentTypeAllowed(paymentType)) {
            finish(PaymentState.FAILED, TipCodes.PAYMENT_TYPE_NOT_ALLOWED);
            return;
        }
        Map<String, Object> meta = s.paymentPurpose() == null ? null : Map.of("paymentPurpose", s.paymentPurpose());
        checkoutCall = client.prepare(new CheckoutRequest(RequestIds.next(), order.cardSession(), s.storeId(),
                s.terminalId(), order.invoice(), new User(order.loyaltyId()),
                List.of(new PaymentMethod(paymentType, meta))));
        enter(PaymentState.CHECKOUT);
        sendCheckout();
    }

    private void sendCheckout() {
        CheckoutResponse answer;
        try {
            answer = client.checkout(checkoutCall, "checkout", calls);
        } catch (PayException e) {
            // A journal failure before any checkout got out is final: nothing was sent, nothing to recover.
            if (e.outcomeUnknown() || (e instanceof PayJournalException && checkoutMayHaveGoneOut)) {
                inDoubt(e.tip(), this::sendCheckout);
            } else {
                finish(PaymentState.FAILED, e.tip());
            }
            return;
        }
        WorkflowEvent<PaymentState> now = engine.current().withTransaction(answer.transactionId())
                .withAnswer(answer.status().value(), answer.slip());
        engine.emit(now.next(PaymentState.AWAITING_STATUS, engine.now()));
        if (cancelRequested) {
            startCancel(TipCodes.CANCELED_BY_OPERATOR);
        } else if (!decided(answer.status(), null)) {
            polling = new StatusPolling(client, calls, engine, "status", answer.transactionId(), null,
                    this::onStatus, () -> startCancel(TipCodes.STATUS_TIMEOUT));
            polling.start();
        }
    }

    private boolean onStatus(StatusResponse answer) {
        WorkflowEvent<PaymentState> before = engine.current();
        String raw = answer.status() == null ? null : answer.status().value();
        if (raw != null && !client.settings().allowed().statusAllowed(raw)) {
            LOG.warn("status '{}' of {} is not in pay.allowed.statuses; still waiting", raw, before.transactionId());
        }
        if (raw != null && !raw.equals(before.status())) {
            engine.emit(before.withAnswer(raw, answer.slip()).next(PaymentState.AWAITING_STATUS, engine.now()));
        }
        return decided(answer.status(), answer.errorCode());
    }

    /** Ends the payment if the status is final; true when it did. */
    private boolean decided(TransactionStatus status, String errorCode) {
        if (status == null) {
            return false;
        }
        if (status.isPaid()) {
            finish(PaymentState.ACCEPTED, (OperatorTip) null);
        } else if (status.equals(TransactionStatus.REJECTED)) {
            finish(PaymentState.REJECTED, client.tips().tip(errorCode == null ? TipCodes.UNKNOWN : errorCode));
        } else if (status.equals(TransactionStatus.CANCELED)) {
            finish(PaymentState.CANCELED, (OperatorTip) null);
        } else {
            return false;
        }
        return true;
    }

    private void cancelNow() {
        switch (engine.current().state()) {
            case CREATED -> finish(PaymentState.CANCELED, TipCodes.CANCELED_BY_OPERATOR);
            case CHECKING_AVAILABILITY -> {
                if (availability != null) {
                    availability.stop();
                }
                finish(PaymentState.CANCELED, TipCodes.CANCELED_BY_OPERATOR);
            }
            case AWAITING_STATUS -> startCancel(TipCodes.CANCELED_BY_OPERATOR);
            case IN_DOUBT -> retry();
            default -> LOG.debug("cancel ignored in state {}", engine.current().state());
        }
    }

    private void startCancel(String reasonCode) {
        if (polling != null) {
            polling.stop();
        }
        enter(PaymentState.CANCELING);
        OperatorTip reason = client.tips().tip(reasonCode);
        cancelProcedure = new CancelProcedure(client, calls, engine, engine.current().transactionId(),
                r -> afterCancel(r, reason));
        cancelProcedure.send();
    }

    private void resendCancel() {
        enter(PaymentState.CANCELING);
        cancelProcedure.send();
    }

    private void afterCancel(CancelResult r, OperatorTip reason) {
        WorkflowEvent<PaymentState> now = engine.current().withReference(r.refTransactionId())
                .withAnswer(r.status(), r.slip());
        engine.emit(now);
        switch (r.kind()) {
            case CANCELED -> finish(PaymentState.CANCELED, reason);
            case PAID -> finish(PaymentState.ACCEPTED, r.tip());
            case REJECTED -> finish(PaymentState.REJECTED, r.tip());
            case IN_DOUBT -> inDoubt(r.tip(), this::resendCancel);
            case FAILED -> inDoubt(r.tip(), () -> startCancel(TipCodes.CANCELED_BY_OPERATOR));
        }
    }

    private void enter(PaymentState state) {
        engine.emit(engine.current().next(state, engine.now()));
    }

    private void inDoubt(OperatorTip tip, Runnable resend) {
        retryStep = resend;
        engine.emit(engine.current().next(PaymentState.IN_DOUBT, engine.now()).withTip(tip));
    }

    private void finish(PaymentState state, String tipCode) {
        finish(state, client.tips().tip(tipCode));
    }

    private void finish(PaymentState state, OperatorTip tip) {
        if (polling != null) {
            polling.stop();
        }
        engine.finish(engine.current().next(state, engine.now()).withTip(tip));
    }

    /**
     * Ends the workflow: a payment still running is cancelled first (the thread ends when the cancel is
     * done); a payment that never started or waits in doubt just stops.
     */
    @Override
    public void close() {
        PaymentState state = engine.current().state();
        if (state == PaymentState.CREATED || state == PaymentState.IN_DOUBT || state.isFinal()) {
            engine.stop();
        } else {
            cancel();
        }
    }

    boolean awaitThreadEnd(java.time.Duration timeout) throws InterruptedException {
        return engine.awaitThreadEnd(timeout);
    }
}

package org.kassa.payclient.workflow;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.kassa.payclient.CallListener;
import org.kassa.payclient.Operation;
import org.kassa.payclient.OutgoingCall;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.PayException;
import org.kassa.payclient.api.OperationResponse;
import org.kassa.payclient.api.RefStatus;
import org.kassa.payclient.api.RefundRequest;
import org.kassa.payclient.api.StatusResponse;
import org.kassa.payclient.api.TransactionStatus;
import org.kassa.payclient.tips.OperatorTip;
import org.kassa.payclient.tips.TipCodes;

/**
 * One refund intent: one request (id and bytes fixed at creation), sent once and only ever resent as the
 * same bytes, then polling of its refTransactionId until accepted or rejected. The workflow offers no way to
 * send a second, different refund for the same intent.
 */
public final class RefundWorkflow implements AutoCloseable {

    private final PayClient client;
    private final OutgoingCall call;
    private final String transactionId;
    private final CallListener calls;
    private final WorkflowEngine<RefundState> engine;
    private StatusPolling polling;
    private boolean started;

    private RefundWorkflow(PayClient client, OutgoingCall call, String transactionId, CallListener calls) {
        if (call.operation() != Operation.REFUND) {
            throw new IllegalArgumentException("not a refund: " + call.operation());
        }
        this.client = client;
        this.call = call;
        this.transactionId = transactionId;
        this.calls = calls;
        this.engine = new WorkflowEngine<>("refund", RefundState.CREATED, Clock.systemUTC());
        engine.onCrash(e -> inDoubt(WorkflowEngine.crashTip(e, client.tips())));
    }

    public static RefundWorkflow create(PayClient client, RefundRequest request, CallListener calls) {
        return new RefundWorkflow(client, client.prepare(request), request.transactionId(), calls);
    }

    /** Continues a journaled refund after a crash: the very same request is resent. */
    public static RefundWorkflow resume(PayClient client, OutgoingCall journaled, String transactionId,
                                        CallListener calls) {
        return new RefundWorkflow(client, journaled, transactionId, calls);
    }

    public RefundWorkflow addListener(WorkflowListener<RefundState> listener) {
        engine.addListener(listener);
        return this;
    }

    public synchronized void start() {
        if (!started) {
            started = true;
            engine.run(() -> {
                engine.emit(engine.current().withTransaction(transactionId));
                send();
            });
        }
    }

    /** In {@link RefundState#IN_DOUBT}: resends the same request; the server answers the first refund. */
    public void retry() {
        engine.run(() -> {
            if (engine.current().state() == RefundState.IN_DOUBT) {
                send();
            }
        });
    }

    public String requestId() {
        return call.requestId();
    }

    public OutgoingCall call() {
        return call;
    }

    public WorkflowEvent<RefundState> current() {
        return engine.current();
    }

    public CompletableFuture<WorkflowEvent<RefundState>> result() {
        return engine.result();
    }

    private void send() {
        engine.emit(engine.current().next(RefundState.REFUNDING, engine.now()));
        OperationResponse answer;
        try {
            answer = client.refund(call, "refund", calls);
        } catch (PayException e) {
            if (e.outcomeUnknown()) {
                inDoubt(e.tip());
            } else {
                finish(RefundState.FAILED, e.tip());
            }
            return;
        }
        engine.emit(engine.current().withReference(answer.refTransactionId())
                .withAnswer(raw(answer.status()), answer.slip()));
        if (!decided(answer.refStatus(), answer.errorCode())) {
            engine.emit(engine.current().next(RefundState.AWAITING_STATUS, engine.now()));
            polling = new StatusPolling(client, calls, engine, "refund-status", transactionId,
                    answer.refTransactionId(), this::onStatus,
                    () -> inDoubt(client.tips().tip("TRANSACTION_IN_PROCESSING")));
            polling.start();
        }
    }

    private boolean onStatus(StatusResponse answer) {
        engine.emit(engine.current().withAnswer(raw(answer.status()), answer.slip()));
        return decided(answer.refStatus(), answer.errorCode());
    }

    private boolean decided(RefStatus refStatus, String errorCode) {
        if (RefStatus.ACCEPTED.equals(refStatus)) {
            finish(RefundState.REFUNDED, null);
        } else if (RefStatus.REJECTED.equals(refStatus)) {
            finish(RefundState.REJECTED, client.tips().tip(errorCode == null ? TipCodes.UNKNOWN : errorCode));
        } else {
            return false;
        }
        return true;
    }

    private void inDoubt(OperatorTip tip) {
        engine.emit(engine.current().next(RefundState.IN_DOUBT, engine.now()).withTip(tip));
    }

    private void finish(RefundState state, OperatorTip tip) {
        if (polling != null) {
            polling.stop();
        }
        engine.finish(engine.current().next(state, engine.now()).withTip(tip));
    }

    private static String raw(TransactionStatus s) {
        return s == null ? null : s.value();
    }

    /** Stops polling and the thread; a refund in flight finishes its current call first. */
    @Override
    public void close() {
        engine.run(() -> {
            if (polling != null) {
                polling.stop();
            }
            engine.stop();
        });
    }
}

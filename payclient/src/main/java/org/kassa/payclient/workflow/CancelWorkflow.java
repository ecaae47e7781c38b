package org.kassa.payclient.workflow;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.kassa.payclient.CallListener;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.api.TransactionStatus;
import org.kassa.payclient.tips.OperatorTip;
import org.kassa.payclient.tips.TipCodes;

/**
 * Cancels a payment for its full amount, e.g. from recovery after a crash. Only until the payment is paid:
 * a payment known to be paid is refused locally (refund instead), and the server's refusal is explained
 * after one status call.
 */
public final class CancelWorkflow implements AutoCloseable {

    private final PayClient client;
    private final String transactionId;
    private final TransactionStatus knownStatus;
    private final CallListener calls;
    private final WorkflowEngine<CancelState> engine;
    private CancelProcedure procedure;
    private boolean started;

    private CancelWorkflow(PayClient client, String transactionId, TransactionStatus knownStatus, CallListener calls) {
        this.client = client;
        this.transactionId = transactionId;
        this.knownStatus = knownStatus;
        this.calls = calls;
        this.engine = new WorkflowEngine<>("cancel", CancelState.CREATED, Clock.systemUTC());
        engine.onCrash(e -> engine.emit(engine.current().next(CancelState.IN_DOUBT, engine.now())
                .withTip(WorkflowEngine.crashTip(e, client.tips()))));
    }

    /** @param knownStatus the payment's last known status, or null when unknown */
    public static CancelWorkflow create(PayClient client, String transactionId, TransactionStatus knownStatus,
                                        CallListener calls) {
        return new CancelWorkflow(client, transactionId, knownStatus, calls);
    }

    public CancelWorkflow addListener(WorkflowListener<CancelState> listener) {
        engine.addListener(listener);
        return this;
    }

    public synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        engine.run(() -> {
            engine.emit(engine.current().withTransaction(transactionId));
            if (knownStatus != null && knownStatus.isPaid()) {
                finish(CancelState.TOO_LATE, client.tips().tip(TipCodes.CANCEL_AFTER_PAYMENT));
                return;
            }
            procedure = new CancelProcedure(client, calls, engine, transactionId, this::after);
            send();
        });
    }

    /** In {@link CancelState#IN_DOUBT}: resends the same cancel request. */
    public void retry() {
        engine.run(() -> {
            if (engine.current().state() == CancelState.IN_DOUBT) {
                send();
            }
        });
    }

    public String requestId() {
        return procedure == null ? null : procedure.requestId();
    }

    public WorkflowEvent<CancelState> current() {
        return engine.current();
    }

    public CompletableFuture<WorkflowEvent<CancelState>> result() {
        return engine.result();
    }

    private void send() {
        engine.emit(engine.current().next(CancelState.CANCELING, engine.now()));
        procedure.send();
    }

    private void after(CancelResult r) {
        engine.emit(engine.current().withReference(r.refTransactionId()).withAnswer(r.status(), r.slip()));
        switch (r.kind()) {
            case CANCELED -> finish(CancelState.CANCELED, null);
            case PAID -> finish(CancelState.TOO_LATE, r.tip());
            case REJECTED -> finish(CancelState.ALREADY_REJECTED, r.tip());
            case FAILED -> finish(CancelState.FAILED, r.tip());
            case IN_DOUBT -> engine.emit(engine.current().next(CancelState.IN_DOUBT, engine.now()).withTip(r.tip()));
        }
    }

    private void finish(CancelState state, OperatorTip tip) {
        if (procedure != null) {
            procedure.stop();
        }
        engine.finish(engine.current().next(state, engine.now()).withTip(tip));
    }

    /** Stops the thread; a cancel in flight finishes its current call first. */
    @Override
    public void close() {
        engine.run(() -> {
            if (procedure != null) {
                procedure.stop();
            }
            engine.stop();
        });
    }
}

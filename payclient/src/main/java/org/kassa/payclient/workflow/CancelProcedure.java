package org.kassa.payclient.workflow;

import java.util.function.Consumer;
import org.kassa.payclient.CallListener;
import org.kassa.payclient.OutgoingCall;
import org.kassa.payclient.PayBusinessException;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.PayException;
import org.kassa.payclient.PaySettings;
import org.kassa.payclient.api.CancelRequest;
import org.kassa.payclient.api.OperationResponse;
import org.kassa.payclient.api.RefStatus;
import org.kassa.payclient.api.RequestIds;
import org.kassa.payclient.api.StatusRequest;
import org.kassa.payclient.api.StatusResponse;
import org.kassa.payclient.api.TransactionStatus;
import org.kassa.payclient.tips.OperatorTip;
import org.kassa.payclient.tips.TipCodes;

/**
 * Cancels one payment on a workflow's thread: one cancel request (one request id for all its resends), then,
 * if the cancel is still {@code new}, polling of its refTransactionId. A refusal is followed by one status
 * call so the till learns whether the payment was paid (refund instead) or already rejected.
 */
final class CancelProcedure {

    private final PayClient client;
    private final CallListener calls;
    private final WorkflowEngine<?> engine;
    private final String transactionId;
    private final Consumer<CancelResult> done;
    private final OutgoingCall call;
    private StatusPolling polling;

    CancelProcedure(PayClient client, CallListener calls, WorkflowEngine<?> engine, String transactionId,
                    Consumer<CancelResult> done) {
        this.client = client;
        this.calls = calls;
        this.engine = engine;
        this.transactionId = transactionId;
        this.done = done;
        PaySettings s = client.settings();
        this.call = client.prepare(new CancelRequest(RequestIds.next(), s.storeId(), s.terminalId(), transactionId));
    }

    String requestId() {
        return call.requestId();
    }

    /** Sends the cancel (first time or resend of the same bytes). Workflow thread only. */
    void send() {
        OperationResponse answer;
        try {
            answer = client.cancel(call, "cancel", calls);
        } catch (PayBusinessException refused) {
            confirmAfterRefusal(refused.tip());
            return;
        } catch (PayException failed) {
            done.accept(new CancelResult(failed.outcomeUnknown() ? CancelResult.Kind.IN_DOUBT : CancelResult.Kind.FAILED,
                    null, null, null, failed.tip()));
            return;
        }
        String ref = answer.refTransactionId();
        if (TransactionStatus.CANCELED.equals(answer.status()) || RefStatus.ACCEPTED.equals(answer.refStatus())) {
            done.accept(new CancelResult(CancelResult.Kind.CANCELED, ref, raw(answer.status()), answer.slip(), null));
        } else if (RefStatus.REJECTED.equals(answer.refStatus())) {
            confirmAfterRefusal(client.tips().tip(TipCodes.CANCEL_AFTER_PAYMENT));
        } else {
            pollReference(ref);
        }
    }

    private void pollReference(String ref) {
        polling = new StatusPolling(client, calls, engine, "cancel-status", transactionId, ref, answer -> {
            if (RefStatus.ACCEPTED.equals(answer.refStatus()) || TransactionStatus.CANCELED.equals(answer.status())) {
                done.accept(new CancelResult(CancelResult.Kind.CANCELED, ref, raw(answer.status()), answer.slip(), null));
                return true;
            }
            if (RefStatus.REJECTED.equals(answer.refStatus())) {
                engine.run(() -> confirmAfterRefusal(client.tips().tip(answer.errorCode() == null
                        ? "WRONG_TRANSACTION_STATE_CHANGE" : answer.errorCode())));
                return true;
            }
            return false;
        }, () -> done.accept(new CancelResult(CancelResult.Kind.IN_DOUBT, ref, null, null,
                client.tips().tip("TRANSACTION_IN_PROCESSING"))));
        polling.start();
    }

    private void confirmAfterRefusal(OperatorTip refusal) {
        StatusResponse status;
        try {
            status = client.status(client.prepare(new StatusRequest(RequestIds.next(), transactionId, null)),
                    "cancel-confirm", calls);
        } catch (PayException e) {
            done.accept(new CancelResult(CancelResult.Kind.FAILED, null, null, null, refusal));
            return;
        }
        TransactionStatus s = status.status();
        CancelResult.Kind kind = s == null ? CancelResult.Kind.FAILED
                : s.isPaid() ? CancelResult.Kind.PAID
                : s.equals(TransactionStatus.CANCELED) ? CancelResult.Kind.CANCELED
                : s.equals(TransactionStatus.REJECTED) ? CancelResult.Kind.REJECTED
                : CancelResult.Kind.FAILED;
        OperatorTip tip = kind == CancelResult.Kind.PAID ? client.tips().tip(TipCodes.CANCEL_AFTER_PAYMENT)
                : kind == CancelResult.Kind.REJECTED && status.errorCode() != null ? client.tips().tip(status.errorCode())
                : kind == CancelResult.Kind.CANCELED ? null : refusal;
        done.accept(new CancelResult(kind, status.refTransactionId(), raw(s), status.slip(), tip));
    }

    void stop() {
        if (polling != null) {
            polling.stop();
        }
    }

    private static String raw(TransactionStatus s) {
        return s == null ? null : s.value();
    }
}

package org.kassa.till.tender;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.kassa.payclient.CallListener;
import org.kassa.payclient.Operation;
import org.kassa.payclient.OutgoingCall;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.workflow.PaymentOrder;
import org.kassa.payclient.workflow.PaymentState;
import org.kassa.payclient.workflow.PaymentWorkflow;
import org.kassa.payclient.workflow.WorkflowEvent;
import org.kassa.totp.BarcodeResult;
import org.kassa.totp.PasscodeVerify;

/**
 * One Koshelek Pay tender: drives the payclient's payment workflow and turns each of its states into an updated
 * {@link PaymentRecord} for the store. The card's one-time password is confirmed as used the moment the
 * checkout is about to go out (after it is journaled), so the same screenshot cannot pay twice.
 */
public final class KoshelekPayment implements AutoCloseable {

    private final PaymentWorkflow workflow;
    private final Consumer<PaymentRecord> onChange;
    private final Clock clock;
    private final CompletableFuture<PaymentRecord> result = new CompletableFuture<>();
    private PaymentRecord record;

    private KoshelekPayment(PaymentRecord record, Consumer<PaymentRecord> onChange, Clock clock,
                            java.util.function.Function<CallListener, PaymentWorkflow> workflowFactory,
                            CallListener journal, PasscodeVerify passcodes, BarcodeResult scan) {
        this.record = record;
        this.onChange = onChange;
        this.clock = clock;
        CallListener calls = confirmingPassword(journal, passcodes, scan);
        this.workflow = workflowFactory.apply(calls);
        workflow.addListener(this::stateEntered);
    }

    /** A new payment of {@code order}; nothing is sent before {@link #start()}. */
    public static KoshelekPayment create(PayClient client, PaymentOrder order, PaymentRecord record,
                                         CallListener journal, PasscodeVerify passcodes, BarcodeResult scan,
                                         Consumer<PaymentRecord> onChange, Clock clock) {
        return new KoshelekPayment(record, onChange, clock, calls -> PaymentWorkflow.create(client, order, calls),
                journal, passcodes, scan);
    }

    /** A payment found in flight after a restart: resends its journaled checkout (same id, same bytes). */
    public static KoshelekPayment resume(PayClient client, OutgoingCall journaledCheckout, PaymentRecord record,
                                         CallListener journal, Consumer<PaymentRecord> onChange, Clock clock) {
        return new KoshelekPayment(record, onChange, clock,
                calls -> PaymentWorkflow.resume(client, journaledCheckout, calls), journal, null, null);
    }

    public void start() {
        workflow.start();
    }

    /** The operator cancels; after checkout the payment is cancelled on the server. */
    public void cancel() {
        workflow.cancel();
    }

    /** In doubt (no answer): resend the very same request. */
    public void retry() {
        workflow.retry();
    }

    public void postbackReceived(String transactionId) {
        workflow.postbackReceived(transactionId);
    }

    /** Completes with the record in its final state. */
    public CompletableFuture<PaymentRecord> result() {
        return result;
    }

    public synchronized PaymentRecord record() {
        return record;
    }

    private void stateEntered(WorkflowEvent<PaymentState> e) {
        PaymentRecord updated;
        synchronized (this) {
            updated = record.with(e.state().name(), e.slip() == null ? null : e.slip().paymentType(),
                    e.transactionId(), workflow.checkoutRequestId(), e.status(),
                    e.tip() == null ? null : e.tip().code(), e.slip(), null, clock.instant());
            record = updated;
        }
        onChange.accept(updated);
        if (e.state().isFinal()) {
            result.complete(updated);
        }
    }

    private static CallListener confirmingPassword(CallListener journal, PasscodeVerify passcodes,
                                                   BarcodeResult scan) {
        if (passcodes == null || scan == null) {
            return journal;
        }
        // A full listener, not a lambda: a lambda would only carry beforeCall and silently drop every answer
        // the journal should record (found by the crash harness, app/src/test/.../crash).
        return new CallListener() {
            @Override
            public void beforeCall(String step, OutgoingCall call, int attempt) {
                journal.beforeCall(step, call, attempt);
                if (call.operation() == Operation.CHECKOUT && attempt == 1) {
                    passcodes.confirmUsed(scan);
                }
            }

            @Override
            public void answered(String step, OutgoingCall call, int attempt, int httpStatus, byte[] rawBody) {
                journal.answered(step, call, attempt, httpStatus, rawBody);
            }
        };
    }

    @Override
    public void close() {
        workflow.close();
    }
}

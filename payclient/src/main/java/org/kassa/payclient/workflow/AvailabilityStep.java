package org.kassa.payclient.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.kassa.payclient.AvailabilityAnswer;
import org.kassa.payclient.CallListener;
import org.kassa.payclient.OutgoingCall;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.PayException;
import org.kassa.payclient.PaySettings;
import org.kassa.payclient.api.AvailabilityInfo;
import org.kassa.payclient.api.AvailabilityRequest;
import org.kassa.payclient.api.RequestIds;
import org.kassa.payclient.api.User;
import org.kassa.payclient.tips.OperatorTip;
import org.kassa.payclient.tips.TipCodes;

/**
 * The optional availability-info call: synchronous 200, or the deprecated 201 + Location, polled first after
 * the server's {@code timeout} and then after each {@code pollingTimeout} (never faster than the status
 * interval) until {@code computationComplete}, within the status cap.
 */
final class AvailabilityStep {

    private final PayClient client;
    private final CallListener calls;
    private final WorkflowEngine<?> engine;
    private final Consumer<AvailabilityInfo> onInfo;
    private final Consumer<OperatorTip> onFailure;
    private final OutgoingCall call;
    private OutgoingCall poll;
    private Instant deadline;
    private boolean active = true;

    AvailabilityStep(PayClient client, CallListener calls, WorkflowEngine<?> engine, PaymentOrder order,
                     Consumer<AvailabilityInfo> onInfo, Consumer<OperatorTip> onFailure) {
        this.client = client;
        this.calls = calls;
        this.engine = engine;
        this.onInfo = onInfo;
        this.onFailure = onFailure;
        PaySettings s = client.settings();
        this.call = client.prepare(new AvailabilityRequest(RequestIds.next(), order.cardSession(), s.storeId(),
                s.terminalId(), order.invoice(), new User(order.loyaltyId())));
    }

    void start() {
        try {
            AvailabilityAnswer answer = client.availability(call, "availability", calls);
            if (answer instanceof AvailabilityAnswer.Ready ready) {
                finish(ready.info());
            } else if (answer instanceof AvailabilityAnswer.Deferred deferred) {
                poll = deferred.poll();
                deadline = engine.now().plus(client.settings().polling().cap());
                engine.schedule(wait(deferred.task().timeout()), this::poll);
            }
        } catch (PayException e) {
            fail(e.tip());
        }
    }

    void stop() {
        active = false;
        engine.cancelPending();
    }

    private void poll() {
        if (!active) {
            return;
        }
        AvailabilityInfo info;
        try {
            info = client.pollAvailability(poll, "availability-poll", calls);
        } catch (PayException e) {
            fail(e.tip());
            return;
        }
        if (info.complete()) {
            finish(info);
            return;
        }
        Duration next = wait(info.pollingTimeout());
        if (engine.now().plus(next).isAfter(deadline)) {
            fail(client.tips().tip(TipCodes.NETWORK_TIMEOUT));
        } else {
            engine.schedule(next, this::poll);
        }
    }

    private Duration wait(Long serverMillis) {
        long floor = client.settings().polling().interval().toMillis();
        return Duration.ofMillis(serverMillis == null ? floor : Math.max(floor, Math.min(serverMillis, 10_000)));
    }

    private void finish(AvailabilityInfo info) {
        active = false;
        onInfo.accept(info);
    }

    private void fail(OperatorTip tip) {
        active = false;
        onFailure.accept(tip);
    }
}

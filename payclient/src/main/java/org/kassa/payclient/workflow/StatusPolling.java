package org.kassa.payclient.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.kassa.payclient.CallListener;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.PayException;
import org.kassa.payclient.PayJournalException;
import org.kassa.payclient.PollingPolicy;
import org.kassa.payclient.api.RequestIds;
import org.kassa.payclient.api.StatusRequest;
import org.kassa.payclient.api.StatusResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Status polling on a workflow's thread, per the vendor's rules: first call after the first delay, then one
 * call per interval, until {@code done} accepts an answer or the deadline passes. A failed poll is logged
 * and the next one follows; only the deadline ends an undecided poll. Each poll is a new request id.
 */
final class StatusPolling {

    private static final Logger LOG = LoggerFactory.getLogger(StatusPolling.class);

    private final PayClient client;
    private final CallListener calls;
    private final WorkflowEngine<?> engine;
    private final PollingPolicy policy;
    private final String step;
    private final String transactionId;
    private final String refTransactionId;
    private final Predicate<StatusResponse> done;
    private final Runnable atDeadline;
    private Instant deadline;
    private boolean active;
    private long startedNanos;
    private long lastSentNanos;
    private boolean sentAny;

    StatusPolling(PayClient client, CallListener calls, WorkflowEngine<?> engine, String step, String transactionId,
                  String refTransactionId, Predicate<StatusResponse> done, Runnable atDeadline) {
        this.client = client;
        this.calls = sendTimes(calls);
        this.engine = engine;
        this.policy = client.settings().polling();
        this.step = step;
        this.transactionId = transactionId;
        this.refTransactionId = refTransactionId;
        this.done = done;
        this.atDeadline = atDeadline;
    }

    /** Starts the clock: the cap counts from now. Workflow thread only. */
    void start() {
        active = true;
        startedNanos = System.nanoTime();
        deadline = engine.now().plus(policy.cap());
        engine.schedule(policy.firstDelay(), this::poll);
    }

    /**
     * A postback arrived: the next call moves forward to the earliest instant the vendor allows (250 ms after
     * the checkout answer, 250 ms after the previous call), never sooner; the interval restarts after it.
     * Regular polls are never earlier than that instant, so this only ever brings the next call forward.
     */
    void pollNow() {
        engine.run(() -> {
            if (active) {
                long earliest = startedNanos + PollingPolicy.MIN_FIRST.toNanos();
                if (sentAny) {
                    earliest = Math.max(earliest, lastSentNanos + PollingPolicy.MIN_INTERVAL.toNanos());
                }
                long waitNanos = Math.max(0, earliest - System.nanoTime());
                engine.schedule(Duration.ofMillis((waitNanos + 999_999) / 1_000_000), this::poll);
            }
        });
    }

    /**
     * The spacing counts from the instant each request leaves (after it is prepared and journaled, on every
     * resend too), not from when the poll began: otherwise the preparation time would eat into the 250 ms.
     */
    private CallListener sendTimes(CallListener inner) {
        return new CallListener() {
            @Override
            public void beforeCall(String step, org.kassa.payclient.OutgoingCall call, int attempt) {
                inner.beforeCall(step, call, attempt);
                lastSentNanos = System.nanoTime();
            }

            @Override
            public void answered(String step, org.kassa.payclient.OutgoingCall call, int attempt, int httpStatus,
                                 byte[] rawBody) {
                inner.answered(step, call, attempt, httpStatus, rawBody);
            }
        };
    }

    void stop() {
        active = false;
        engine.cancelPending();
    }

    boolean active() {
        return active;
    }

    private void poll() {
        if (!active) {
            return;
        }
        sentAny = true;
        lastSentNanos = System.nanoTime();   // moved later, to the very send, by sendTimes()
        try {
            StatusRequest request = new StatusRequest(RequestIds.next(), transactionId, refTransactionId);
            StatusResponse answer = client.status(client.prepare(request), step, calls);
            if (done.test(answer)) {
                active = false;
                return;
            }
        } catch (PayJournalException e) {
            active = false;
            throw e; // the journal is broken: polling on would send nothing; the workflow's crash handler decides
        } catch (PayException e) {
            LOG.info("{} of {} failed ({}); polling goes on", step, transactionId, e.code());
        }
        if (!active) {
            return;
        }
        Duration interval = policy.interval();
        if (engine.now().plus(interval).isAfter(deadline)) {
            active = false;
            atDeadline.run();
        } else {
            engine.schedule(interval, this::poll);
        }
    }
}

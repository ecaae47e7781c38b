package org.kassa.payclient.workflow;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.kassa.payclient.PayException;
import org.kassa.payclient.tips.OperatorTip;
import org.kassa.payclient.tips.OperatorTips;
import org.kassa.payclient.tips.TipCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread per workflow: every step, poll, postback and operator action runs on it in order, so state needs
 * no locks. When the workflow reaches a final state the thread ends; nothing can poll after that.
 */
final class WorkflowEngine<S extends Enum<S>> {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowEngine.class);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final ScheduledThreadPoolExecutor executor;
    private final List<WorkflowListener<S>> listeners = new CopyOnWriteArrayList<>();
    private final CompletableFuture<WorkflowEvent<S>> result = new CompletableFuture<>();
    private final Clock clock;
    private volatile WorkflowEvent<S> current;
    private ScheduledFuture<?> pending;
    private java.util.function.Consumer<Throwable> onCrash = e -> { };

    WorkflowEngine(String kind, S initial, Clock clock) {
        this.clock = clock;
        String name = "pay-" + kind + "-" + COUNTER.incrementAndGet();
        this.executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.current = new WorkflowEvent<>(initial, clock.instant(), null, null, null, null, null);
    }

    /**
     * What to do when a step throws anything, an Error included (a broken journal, an AssertionError, a
     * StackOverflowError, a class missing from the runtime image): the workflow must not hang silently.
     */
    void onCrash(java.util.function.Consumer<Throwable> handler) {
        this.onCrash = handler;
    }

    /** The tip for a crash: the journal's own tip when the journal failed, else the generic local failure. */
    static OperatorTip crashTip(Throwable e, OperatorTips tips) {
        return e instanceof PayException p ? p.tip() : tips.tip(TipCodes.LOCAL_FAILURE);
    }

    void addListener(WorkflowListener<S> listener) {
        listeners.add(listener);
    }

    WorkflowEvent<S> current() {
        return current;
    }

    CompletableFuture<WorkflowEvent<S>> result() {
        return result;
    }

    boolean finished() {
        return result.isDone();
    }

    /** Runs a step on the workflow thread; refused quietly once the workflow has finished. */
    void run(Runnable step) {
        try {
            executor.execute(guarded(step));
        } catch (RejectedExecutionException finished) {
            LOG.debug("workflow already finished; step ignored");
        }
    }

    /** Schedules the single pending timer (a poll), replacing any earlier one. Workflow thread only. */
    void schedule(Duration delay, Runnable step) {
        cancelPending();
        try {
            pending = executor.schedule(guarded(step), Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException finished) {
            LOG.debug("workflow already finished; timer ignored");
        }
    }

    private Runnable guarded(Runnable step) {
        return () -> {
            try {
                step.run();
            } catch (Throwable e) { // an Error would otherwise vanish into the executor's future: a hung workflow
                LOG.error("workflow step failed in state {}: {}", current.state(), e.toString());
                if (!finished()) {
                    crashed(e);
                }
            }
        };
    }

    private void crashed(Throwable e) {
        try {
            onCrash.accept(e);
        } catch (Throwable again) {
            // The handler itself failed (e.g. the same Error again): end the workflow rather than hang it.
            LOG.error("workflow crash handler failed in state {}: {}", current.state(), again.toString());
            cancelPending();
            executor.shutdown();
            result.completeExceptionally(e);
        }
    }

    void cancelPending() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    java.time.Instant now() {
        return clock.instant();
    }

    /** Enters a state and tells the listeners. Workflow thread only. */
    void emit(WorkflowEvent<S> event) {
        current = event;
        for (WorkflowListener<S> listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("workflow listener failed on {}: {}", event.state(), e.toString());
            }
        }
    }

    /** Enters a final state: listeners hear it, the result completes, the thread ends. */
    void finish(WorkflowEvent<S> event) {
        cancelPending();
        emit(event);
        executor.shutdown();
        result.complete(event);
    }

    /** Ends the thread without a final state (close() of a workflow that never started). */
    void stop() {
        cancelPending();
        executor.shutdown();
    }

    boolean awaitThreadEnd(Duration timeout) throws InterruptedException {
        return executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}

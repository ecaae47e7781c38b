package org.kassa.app.ui.core;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where view models send work: blocking calls into the till (store, network, printer) off the FX thread, and
 * their results back onto it. The window uses {@link FxJobs}; unit tests run everything at once.
 */
public interface Jobs {

    /** Runs {@code work} in the background, then {@code done} or {@code failed} on the UI thread. */
    <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /** Runs {@code action} on the UI thread (later, or now in tests). */
    void ui(Runnable action);
}

package org.kassa.app.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.kassa.app.ui.core.Jobs;

/** Runs work at once on the calling thread: view-model tests need no toolkit and no waiting. */
public final class DirectJobs implements Jobs {

    @Override
    public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        T result;
        try {
            result = work.call();
        } catch (Exception | AssertionError e) {
            failed.accept(e);
            return;
        }
        done.accept(result);
    }

    @Override
    public void ui(Runnable action) {
        action.run();
    }
}

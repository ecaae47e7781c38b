package org.kassa.payclient.callback.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.kassa.payclient.callback.ReceiverStats;

/** Counters shared by the receiver's endpoints; read as {@link ReceiverStats}. */
public final class ReceiverCounters {

    final AtomicLong delivered = new AtomicLong();
    final AtomicLong repeats = new AtomicLong();
    final AtomicLong postbacks = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicReference<String> lastRefusal = new AtomicReference<>();

    void refused(String reason) {
        refused.incrementAndGet();
        lastRefusal.set(reason);
    }

    public ReceiverStats snapshot() {
        return new ReceiverStats(delivered.get(), repeats.get(), refused.get(), lastRefusal.get(), postbacks.get());
    }
}

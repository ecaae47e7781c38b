package org.kassa.central.internal;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Waits between tries while the central store is away: 1 s, 2 s, 4 s … up to 60 s, each drawn between half and
 * all of that step (jitter), so tills that lost the server together do not all come back in the same second.
 */
public final class Backoff {

    private final long firstMillis;
    private final long maxMillis;
    private final RandomGenerator random;
    private long stepMillis;

    public Backoff(Duration first, Duration max, RandomGenerator random) {
        this.firstMillis = first.toMillis();
        this.maxMillis = max.toMillis();
        this.random = random;
        this.stepMillis = firstMillis;
    }

    /** The next wait; the step doubles up to the maximum. */
    public long nextMillis() {
        long step = stepMillis;
        stepMillis = Math.min(maxMillis, stepMillis * 2);
        return step / 2 + random.nextLong(step / 2 + 1);
    }

    /** After a success the next outage starts again at the first step. */
    public void reset() {
        stepMillis = firstMillis;
    }
}

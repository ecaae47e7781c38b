package org.kassa.central.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** 1 s → 60 s doubling, each wait between half and all of its step; a success starts again at 1 s. */
class BackoffTest {

    @Test
    void waitsDoubleUpToAMinuteWithJitterAndStartAgainAfterASuccess() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new SplittableRandom(14));
        long[] steps = {1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000};
        long[] waits = new long[steps.length];
        for (int i = 0; i < steps.length; i++) {
            waits[i] = backoff.nextMillis();
            assertThat(waits[i]).as("try " + (i + 1)).isBetween(steps[i] / 2, steps[i]);
        }
        assertThat(waits[6]).as("jitter: tills that lost the server together come back apart")
                .isNotEqualTo(waits[7]);
        backoff.reset();
        assertThat(backoff.nextMillis()).isBetween(500L, 1_000L);
    }
}

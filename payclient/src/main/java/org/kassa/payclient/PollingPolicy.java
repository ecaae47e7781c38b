package org.kassa.payclient;

import java.time.Duration;

/**
 * The vendor's status polling rules: first call after {@code firstDelay} (250–500 ms), then no more often than
 * every {@code interval} (at least 250 ms), and cancel the payment when no final status came within
 * {@code cap} (30 s by default).
 */
public record PollingPolicy(Duration firstDelay, Duration interval, Duration cap) {

    public static final Duration MIN_FIRST = Duration.ofMillis(250);
    public static final Duration MAX_FIRST = Duration.ofMillis(500);
    public static final Duration MIN_INTERVAL = Duration.ofMillis(250);

    public PollingPolicy {
        if (firstDelay.compareTo(MIN_FIRST) < 0 || firstDelay.compareTo(MAX_FIRST) > 0) {
            throw new IllegalArgumentException("first status delay " + firstDelay.toMillis()
                    + " ms is out of range; the vendor allows 250..500 ms");
        }
        if (interval.compareTo(MIN_INTERVAL) < 0) {
            throw new IllegalArgumentException("status interval " + interval.toMillis()
                    + " ms is too short; the vendor allows 250 ms or more");
        }
        if (cap.compareTo(firstDelay) <= 0) {
            throw new IllegalArgumentException("status cap " + cap.toMillis() + " ms must exceed the first delay");
        }
    }

    public static PollingPolicy vendorDefaults() {
        return new PollingPolicy(Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(30));
    }
}

package org.kassa.payclient;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Bounded resends of one request (same {@code requestId}, same bytes) after a transport failure or an HTTP
 * 5xx/408/429, with exponential backoff and jitter. Never used for business answers (422, errorCode).
 *
 * @param maxAttempts    sends in total, 1 = no resend
 * @param initialBackoff wait before the first resend (before jitter)
 * @param maxBackoff     upper bound of any wait
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("maxAttempts " + maxAttempts + " is out of range; allowed 1..10");
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff must satisfy 0 <= initial <= max");
        }
    }

    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    }

    /** Wait before send number {@code attempt} (2..): half fixed, half random ("equal jitter"). */
    public Duration delayBefore(int attempt, RandomGenerator random) {
        long base = initialBackoff.toMillis() << Math.min(attempt - 2, 20);
        long capped = Math.min(Math.max(base, 0), maxBackoff.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }
}

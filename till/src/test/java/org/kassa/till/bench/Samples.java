package org.kassa.till.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Latencies a benchmark took itself (e.g. a relay's timestamp), in nanoseconds, summarised as percentiles at the
 * end of a trial. Nearest-rank percentiles: p99 of 1,000 samples is the 990th smallest.
 */
final class Samples {

    private long[] nanos = new long[1024];
    private int count;

    synchronized void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    synchronized int count() {
        return count;
    }

    /** One line: count, p50, p99, p99.9 and max in milliseconds. */
    synchronized String summary(String what) {
        if (count == 0) {
            return what + ": no samples";
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%s, %d samples: p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms",
                what, count, ms(sorted, 0.50), ms(sorted, 0.99), ms(sorted, 0.999), sorted[count - 1] / 1e6);
    }

    private static double ms(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}

package org.kassa.app.ui.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Latencies measured on the window's own clock (nanoTime at the key and at the outcome), printed per trial. */
final class Samples {

    private final String name;
    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

    Samples(String name) {
        this.name = name;
    }

    void add(long latencyNanos) {
        nanos.add(latencyNanos);
    }

    /** One line: count, p50, p90, p99, max in milliseconds. */
    void print() {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        if (sorted.isEmpty()) {
            System.out.println(name + ": no samples");
            return;
        }
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%n%s: n=%d p50=%.2f ms p90=%.2f ms p99=%.2f ms max=%.2f ms%n", name,
                sorted.size(), ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99),
                sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double ms(List<Long> sorted, double q) {
        int i = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }
}

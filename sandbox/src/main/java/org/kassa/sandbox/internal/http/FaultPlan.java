package org.kassa.sandbox.internal.http;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.kassa.sandbox.Fault;
import org.kassa.sandbox.Faults;

/** The planned faults, first planned first served. Thread-safe (one lock, tiny critical sections). */
public final class FaultPlan implements Faults {

    private final List<Planned> planned = new ArrayList<>();

    @Override
    public synchronized void next(String pathPrefix, Fault fault, int times) {
        if (pathPrefix == null || !pathPrefix.startsWith("/")) {
            throw new IllegalArgumentException("pathPrefix must start with '/', e.g. /api/v1/merchant/checkout");
        }
        if (fault == null) {
            throw new IllegalArgumentException("fault is missing");
        }
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1, got " + times);
        }
        planned.add(new Planned(pathPrefix, fault, times));
    }

    @Override
    public synchronized int pending() {
        return planned.stream().mapToInt(p -> p.left).sum();
    }

    @Override
    public synchronized void clear() {
        planned.clear();
    }

    /** Takes the fault for a request to {@code path}, if one is planned. */
    public synchronized Optional<Fault> take(String path) {
        for (Iterator<Planned> it = planned.iterator(); it.hasNext(); ) {
            Planned p = it.next();
            if (path.startsWith(p.pathPrefix)) {
                if (--p.left == 0) {
                    it.remove();
                }
                return Optional.of(p.fault);
            }
        }
        return Optional.empty();
    }

    private static final class Planned {
        final String pathPrefix;
        final Fault fault;
        int left;

        Planned(String pathPrefix, Fault fault, int left) {
            this.pathPrefix = pathPrefix;
            this.fault = fault;
            this.left = left;
        }
    }
}

package org.kassa.sandbox;

/** Fault injection: the next request(s) whose path starts with a prefix misbehave. Thread-safe. */
public interface Faults {

    /** The next request whose path starts with {@code pathPrefix} gets {@code fault}. */
    default void next(String pathPrefix, Fault fault) {
        next(pathPrefix, fault, 1);
    }

    /** The next {@code times} requests whose path starts with {@code pathPrefix} get {@code fault}. */
    void next(String pathPrefix, Fault fault, int times);

    /** How many planned faults have not hit a request yet. */
    int pending();

    /** Forgets every planned fault. */
    void clear();
}

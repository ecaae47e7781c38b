package org.kassa.payclient;

import org.kassa.payclient.api.AvailabilityInfo;
import org.kassa.payclient.api.AvailabilityTask;

/** The answer to availability-info/task: the list (200) or, deprecated, a task to poll (201 + Location). */
public sealed interface AvailabilityAnswer {

    record Ready(AvailabilityInfo info) implements AvailabilityAnswer {
    }

    /** Poll {@code poll} after {@code task.timeout()} ms, then every {@code pollingTimeout} ms. */
    record Deferred(AvailabilityTask task, OutgoingCall poll) implements AvailabilityAnswer {
    }
}

package org.kassa.sandbox.internal.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.kassa.sandbox.SandboxLedger.ReceivedRequest;

/** The last requests as they arrived, bounded so a long training day cannot exhaust memory. */
public final class RequestJournal {

    static final int CAPACITY = 10_000;
    private final Deque<ReceivedRequest> requests = new ArrayDeque<>();

    synchronized void add(ReceivedRequest request) {
        if (requests.size() == CAPACITY) {
            requests.removeFirst();
        }
        requests.addLast(request);
    }

    public synchronized List<ReceivedRequest> to(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }
}

package org.kassa.payclient.callback.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kassa.payclient.callback.TokenizationResult;

/**
 * The last result delivered per session, bounded (oldest forgotten first). A repeat of the same result is not
 * delivered again; a SUCCESS is final; a different result after a FAILURE (a regenerated session) is.
 */
final class SeenSessions {

    private final Map<String, TokenizationResult> last;

    SeenSessions(int capacity) {
        this.last = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, TokenizationResult> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized boolean isNew(TokenizationResult result) {
        TokenizationResult previous = last.get(result.sessionId());
        return previous == null || (!previous.succeeded() && !previous.equals(result));
    }

    synchronized void remember(TokenizationResult result) {
        last.put(result.sessionId(), result);
    }
}

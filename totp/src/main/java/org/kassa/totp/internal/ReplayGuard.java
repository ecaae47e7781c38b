package org.kassa.totp.internal;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers passwords used by completed sales until they would expire anyway, so that a photo of a
 * customer's screen cannot be used twice. Memory stays bounded by the drift window.
 */
final class ReplayGuard {

    private final Map<String, Long> usedUntilSecond = new ConcurrentHashMap<>();
    private final long rememberSeconds;

    ReplayGuard(long rememberSeconds) {
        this.rememberSeconds = rememberSeconds;
    }

    void markUsed(String cardNumber, String password, long nowSecond) {
        purge(nowSecond);
        usedUntilSecond.put(key(cardNumber, password), nowSecond + rememberSeconds);
    }

    boolean wasUsed(String cardNumber, String password, long nowSecond) {
        if (usedUntilSecond.isEmpty()) {
            return false;
        }
        Long until = usedUntilSecond.get(key(cardNumber, password));
        return until != null && until >= nowSecond;
    }

    /** How many used passwords are remembered (for tests of the purge). */
    int size() {
        return usedUntilSecond.size();
    }

    private void purge(long nowSecond) {
        for (Iterator<Long> it = usedUntilSecond.values().iterator(); it.hasNext(); ) {
            if (it.next() < nowSecond) {
                it.remove();
            }
        }
    }

    private static String key(String cardNumber, String password) {
        return cardNumber + '\u0000' + password;
    }
}

package org.kassa.payclient.http;

/**
 * What the caller of {@link JsonTransport#exchange} hears around each attempt: before the send (may throw to
 * stop it; nothing is sent then) and after an answer arrived (exceptions are logged and ignored).
 */
public interface AttemptHooks {

    AttemptHooks NONE = new AttemptHooks() {
    };

    /** Before attempt {@code attempt} (1, 2, ...) goes out; an exception stops the exchange unsent. */
    default void beforeSend(int attempt) {
    }

    /** An answer to {@code attempt} arrived: status and body bytes as received (do not modify them). */
    default void answered(int attempt, int status, byte[] body) {
    }
}

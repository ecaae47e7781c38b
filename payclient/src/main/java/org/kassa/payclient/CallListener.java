package org.kassa.payclient;

/**
 * Called on the calling thread before every attempt of every network call, so that the app can journal the
 * request id and exact body first. An exception thrown here aborts the call before anything is sent.
 */
@FunctionalInterface
public interface CallListener {

    CallListener NONE = (step, call, attempt) -> { };

    /**
     * @param step    what the workflow is doing, e.g. {@code checkout} or {@code status-poll}
     * @param call    the request as it will be sent
     * @param attempt 1 for the first send, 2.. for resends of the very same bytes
     */
    void beforeCall(String step, OutgoingCall call, int attempt);
}

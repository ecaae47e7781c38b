package org.kassa.payclient.craftgate;

/**
 * A call about to be sent, for a journal: operation, path, idempotency key, attempt number (1, 2, …) and
 * the exact body bytes. The body holds card and GSM numbers, so store it as sensitive; toString omits it.
 */
public record OutgoingCall(String operation, String path, String idempotencyKey, int attempt, byte[] body) {

    public OutgoingCall {
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public String toString() {
        return "OutgoingCall[" + operation + " " + path + ", idempotencyKey=" + idempotencyKey + ", attempt="
                + attempt + ", body=" + body.length + " bytes]";
    }

    /** Receives every call before it goes out; must be quick and must not throw. */
    @FunctionalInterface
    public interface Observer {
        Observer NONE = call -> { };

        void beforeSend(OutgoingCall call);
    }
}

package org.kassa.payclient;

/**
 * The journal hook of both clients (Pay and Craftgate), called on the calling thread around every attempt of
 * every network call. The till's durable journal implements it: it writes the request before it leaves and
 * the answer when it arrives, so that after a crash the till knows what may have happened on the server.
 */
@FunctionalInterface
public interface CallListener {

    CallListener NONE = (step, call, attempt) -> { };

    /**
     * Before every send (first send and every resend). If this throws, nothing is sent: the call fails with a
     * typed error ({@link PayJournalException} for Pay, a {@code CraftgateTransportException} of kind
     * {@code JOURNAL} for Craftgate) that carries the exception as its cause. A request the journal could not
     * record must not reach the server, or a crash would leave a payment nobody knows about.
     *
     * @param step    what is being done, e.g. {@code checkout}, {@code status}, {@code meal-card-init}
     * @param call    the request as it will be sent
     * @param attempt 1 for the first send, 2.. for resends of the very same bytes
     */
    void beforeCall(String step, OutgoingCall call, int attempt);

    /**
     * After every answer that arrived (any HTTP status, also one that will be resent), with the body bytes
     * exactly as received. An exception thrown here is logged and ignored: the answer is already in hand.
     */
    default void answered(String step, OutgoingCall call, int attempt, int httpStatus, byte[] rawBody) {
    }
}

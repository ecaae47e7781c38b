package org.kassa.till.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One attempt of one network call, as journaled before it was sent, with the answer once it came.
 * toString never shows the bodies: they may hold a loyalty card or meal card number.
 *
 * @param seq         the order of writing on this till (1, 2, …)
 * @param id          UUID string, the key when journals of several tills are merged
 * @param service     {@code pay} or {@code craftgate}
 * @param saleId      the sale the call belongs to, or null
 * @param paymentId   the payment (or cancel/refund) the call belongs to, or null
 * @param body        the exact request bytes
 * @param answerAt    when the answer was recorded, or null (no answer: the call may or may not have happened)
 * @param httpStatus  the answer's HTTP status, or null
 * @param answerBody  the answer's exact bytes, or null
 * @param resolved    true once the operation's outcome is known and nothing remains to do after a crash
 * @param resolution  how it was resolved (e.g. {@code ACCEPTED}, {@code CANCELED by recovery}), or null
 */
public record JournalEntry(long seq, String id, Instant loggedAt, String service, String operation, String step,
                           String saleId, String paymentId, String requestId, int attempt, String path, byte[] body,
                           Instant answerAt, Integer httpStatus, byte[] answerBody, boolean resolved,
                           String resolution) {

    public JournalEntry {
        Objects.requireNonNull(id, "id");
        body = body == null ? new byte[0] : body.clone();
        answerBody = answerBody == null ? null : answerBody.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public byte[] answerBody() {
        return answerBody == null ? null : answerBody.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JournalEntry e && seq == e.seq && id.equals(e.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "JournalEntry[" + seq + " " + service + " " + operation + " " + step + " requestId=" + requestId
                + " attempt=" + attempt + " body=" + body.length + " bytes, status=" + httpStatus + ", resolved="
                + resolved + "]";
    }
}

package org.kassa.till.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One record the central store has not taken in yet.
 *
 * @param seq       this till's order of records (the central store applies them in it, each once)
 * @param recordId  the sale, refund or shift id
 * @param attempts  failed sends so far
 * @param lastError the last failure (no secrets: the sender writes the server's message only), or null
 */
public record OutboxRow(long seq, OutboxKind kind, String recordId, Instant createdAt, int attempts,
                        String lastError) {

    public OutboxRow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}

package org.kassa.till.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox (docs/decisions/0171): the repositories add a row in the same transaction as a sale, refund or
 * shift reaching a state the central store must know; a sender outside the till core reads {@link #pending(int)}
 * and marks what the centre took in. The till core never waits for the centre.
 */
public final class OutboxRepository {

    private static final String COLUMNS = "seq, kind, record_id, created_at, attempts, last_error";

    /** What is not sent yet: how many records, and when the oldest was written (empty when none). */
    public record Backlog(long count, Optional<Instant> oldest) {
    }

    private final Jdbc jdbc;

    OutboxRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a row inside the caller's transaction: the change and its outbox row commit together or not at all. */
    static void add(Connection c, OutboxKind kind, String recordId) throws SQLException {
        Jdbc.update(c, "INSERT INTO outbox (kind, record_id, created_at, attempts) VALUES (?, ?, ?, 0)", kind,
                recordId, Instant.now());
    }

    /** Adds a row in a transaction of its own, for records whose change is stored elsewhere. */
    public void add(OutboxKind kind, String recordId) {
        jdbc.inTransaction("queue a record for the central store", c -> {
            add(c, kind, recordId);
            return null;
        });
    }

    /** Up to {@code limit} unsent rows, in seq order. */
    public List<OutboxRow> pending(int limit) {
        return jdbc.query("read the outbox", "SELECT " + COLUMNS + " FROM outbox WHERE sent_at IS NULL ORDER BY seq "
                + "FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY", OutboxRepository::map);
    }

    /** Marks the rows up to and including {@code lastSeq} sent (the central store has them). */
    public int markSentThrough(long lastSeq, Instant at) {
        return jdbc.update("mark outbox rows sent", "UPDATE outbox SET sent_at = ? WHERE sent_at IS NULL AND seq <= ?",
                at, lastSeq);
    }

    /** Counts a failed try on the rows of a batch, keeping the last error (shown by the doctor). */
    public void markFailed(long fromSeq, long toSeq, String error) {
        String shortError = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        jdbc.update("count a failed send", "UPDATE outbox SET attempts = attempts + 1, last_error = ? "
                + "WHERE sent_at IS NULL AND seq BETWEEN ? AND ?", shortError, fromSeq, toSeq);
    }

    public Backlog backlog() {
        return jdbc.one("read the outbox backlog", "SELECT COUNT(*), MIN(created_at) FROM outbox WHERE sent_at IS NULL",
                rs -> new Backlog(rs.getLong(1), Optional.ofNullable(Jdbc.instant(rs, 2)))).orElseThrow();
    }

    private static OutboxRow map(java.sql.ResultSet rs) throws SQLException {
        return new OutboxRow(rs.getLong("seq"), OutboxKind.valueOf(rs.getString("kind")), rs.getString("record_id"),
                Jdbc.instant(rs, "created_at"), rs.getInt("attempts"), rs.getString("last_error"));
    }
}

package org.kassa.till.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The request journal: one row per attempt of every network call, committed before the call is sent
 * (docs/decisions/0102). Bodies are kept as Base64 of the exact bytes.
 */
public final class JournalRepository {

    private static final String COLUMNS = "seq, id, logged_at, service, operation, step, sale_id, payment_id, "
            + "request_id, attempt, path, body_base64, answer_at, http_status, answer_base64, resolved, resolution";

    /** Longer answers are kept cut to this many bytes (Base64 of it fits the column on H2 and PostgreSQL). */
    public static final int MAX_ANSWER_BYTES = 700_000;

    private final Jdbc jdbc;

    JournalRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes and commits one row; when this returns the row is in the database file. */
    public void append(JournalCall call, Instant at) {
        jdbc.update("journal a " + call.operation() + " call", "INSERT INTO journal (id, logged_at, service, operation, "
                + "step, sale_id, payment_id, request_id, attempt, path, body_base64, resolved) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), at, call.service(),
                call.operation(), call.step(), call.saleId(), call.paymentId(), call.requestId(), call.attempt(),
                call.path(), Base64.getEncoder().encodeToString(call.body()), false);
    }

    /**
     * Records the answer against the latest unanswered row of this request, step and attempt; an answer longer
     * than {@link #MAX_ANSWER_BYTES} is kept cut to that length.
     *
     * @return false if there was no such row
     */
    public boolean recordAnswer(String requestId, String step, int attempt, int httpStatus, byte[] answer, Instant at) {
        return jdbc.update("journal an answer", "UPDATE journal SET answer_at = ?, http_status = ?, answer_base64 = ? "
                + "WHERE seq = (SELECT MAX(seq) FROM journal WHERE request_id = ? AND step = ? AND attempt = ? "
                + "AND answer_at IS NULL)", at, httpStatus,
                answer == null ? null : Base64.getEncoder().encodeToString(
                        answer.length > MAX_ANSWER_BYTES ? java.util.Arrays.copyOf(answer, MAX_ANSWER_BYTES) : answer),
                requestId, step, attempt) > 0;
    }

    /**
     * Marks every row of the request resolved.
     *
     * @return how many rows were marked
     */
    public int markResolved(String requestId, String resolution) {
        return jdbc.update("resolve a journaled request", "UPDATE journal SET resolved = ?, resolution = ? "
                + "WHERE request_id = ? AND resolved = ?", true, resolution, requestId, false);
    }

    /** Rows not yet resolved, in the order written. */
    public List<JournalEntry> pending() {
        return jdbc.query("read the pending journal", "SELECT " + COLUMNS + " FROM journal WHERE resolved = ? "
                + "ORDER BY seq", JournalRepository::map, false);
    }

    /** Every row, in the order written. */
    public List<JournalEntry> all() {
        return jdbc.query("read the journal", "SELECT " + COLUMNS + " FROM journal ORDER BY seq", JournalRepository::map);
    }

    /** The last {@code limit} rows, in the order written (for a support bundle). */
    public List<JournalEntry> latest(int limit) {
        return jdbc.query("read the journal", "SELECT * FROM (SELECT " + COLUMNS + " FROM journal ORDER BY seq DESC "
                + "FETCH FIRST " + Math.max(0, limit) + " ROWS ONLY) AS last_rows ORDER BY seq", JournalRepository::map);
    }

    /** The rows of one request, in the order written. */
    public List<JournalEntry> forRequest(String requestId) {
        return jdbc.query("read the journal", "SELECT " + COLUMNS + " FROM journal WHERE request_id = ? ORDER BY seq",
                JournalRepository::map, requestId);
    }

    /** The rows of one payment (or cancel/refund) operation, in the order written. */
    public List<JournalEntry> forPayment(String paymentId) {
        return jdbc.query("read the journal", "SELECT " + COLUMNS + " FROM journal WHERE payment_id = ? ORDER BY seq",
                JournalRepository::map, paymentId);
    }

    /** Marks every unresolved row of one payment operation resolved. */
    public int markPaymentResolved(String paymentId, String resolution) {
        return jdbc.update("resolve a journaled payment", "UPDATE journal SET resolved = ?, resolution = ? "
                + "WHERE payment_id = ? AND resolved = ?", true, resolution, paymentId, false);
    }

    private static JournalEntry map(ResultSet rs) throws SQLException {
        String answer = rs.getString("answer_base64");
        return new JournalEntry(rs.getLong("seq"), rs.getString("id"), Jdbc.instant(rs, "logged_at"),
                rs.getString("service"), rs.getString("operation"), rs.getString("step"), rs.getString("sale_id"),
                rs.getString("payment_id"), rs.getString("request_id"), rs.getInt("attempt"), rs.getString("path"),
                Base64.getDecoder().decode(rs.getString("body_base64")), Jdbc.instant(rs, "answer_at"),
                Jdbc.nullableInt(rs, "http_status"), answer == null ? null : Base64.getDecoder().decode(answer),
                rs.getBoolean("resolved"), rs.getString("resolution"));
    }
}

package org.kassa.central.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.kassa.till.store.OutboxKind;
import org.kassa.till.store.OutboxRow;
import org.kassa.till.store.TillStore;

/**
 * Takes one batch of the till's outbox into the central store (docs/decisions/0171): in ONE PostgreSQL
 * transaction the records with a seq above the till's {@code central_till.last_seq} are upserted in seq order and
 * {@code last_seq} moves to the batch's end; only after that commit are the rows marked sent locally. A crash in
 * between resends rows the centre already has: they are at or below {@code last_seq} and skipped.
 */
public final class OutboxPush {

    /** A record the central store took in with this batch. */
    public record Sent(OutboxKind kind, String id, long seq) {
    }

    private final TillStore store;
    private final String tillId;
    private final int batchSize;

    public OutboxPush(TillStore store, String tillId, int batchSize) {
        this.store = store;
        this.tillId = tillId;
        this.batchSize = batchSize;
    }

    /**
     * Pushes the next batch.
     *
     * @return the records applied now (empty when nothing was pending, or all were there already)
     * @throws SQLException when the central store fails; the batch stays pending with its try counted
     */
    public List<Sent> pushBatch(DataSource central) throws SQLException {
        List<OutboxRow> rows = store.outbox().pending(batchSize);
        if (rows.isEmpty()) {
            return List.of();
        }
        long first = rows.get(0).seq();
        long last = rows.get(rows.size() - 1).seq();
        List<Sent> sent = new ArrayList<>();
        try (Connection pg = central.getConnection(); Connection local = store.dataSource().getConnection()) {
            pg.setAutoCommit(false);
            local.setAutoCommit(false);
            try {
                long applied = lockLastSeq(pg);
                RecordCopy copy = new RecordCopy(local, pg);
                for (OutboxRow row : rows) {
                    if (row.seq() > applied && copy.copy(row)) {
                        sent.add(new Sent(row.kind(), row.recordId(), row.seq()));
                    }
                }
                try (PreparedStatement ps = pg.prepareStatement("UPDATE central_till SET last_seq = GREATEST(last_seq, ?), "
                        + "last_seen_at = now() WHERE till_id = ?")) {
                    ps.setLong(1, last);
                    ps.setString(2, tillId);
                    ps.executeUpdate();
                }
                pg.commit();
                local.rollback();   // read only
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(pg, e);
                throw e;
            }
        } catch (SQLException e) {
            store.outbox().markFailed(first, last, e.getMessage());
            throw e;
        }
        store.outbox().markSentThrough(last, Instant.now());
        return sent;
    }

    /** The till's last applied seq, its row locked until commit (two senders of one till never interleave). */
    private long lockLastSeq(Connection pg) throws SQLException {
        try (PreparedStatement ps = pg.prepareStatement("INSERT INTO central_till (till_id, last_seq, last_seen_at) "
                + "VALUES (?, 0, now()) ON CONFLICT (till_id) DO NOTHING")) {
            ps.setString(1, tillId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = pg.prepareStatement("SELECT last_seq FROM central_till WHERE till_id = ? FOR UPDATE")) {
            ps.setString(1, tillId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}

package org.kassa.till.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kassa.till.tender.Tender;

/** Refunds and cancels of sales with their lines (tables refund, refund_line). */
public final class RefundRepository {

    private static final String COLUMNS = "id, sale_id, payment_id, shift_id, kind, tender, amount_kopecks, state, "
            + "final_state, counts, supervisor, tip_code, created_at, updated_at";

    private final Jdbc jdbc;

    RefundRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a new refund, its lines and (for Koshelek) its payment_operation row, in one transaction, before
     * anything is sent.
     */
    public void insert(RefundRow r, List<RefundLineRow> lines, OperationRow operation) {
        jdbc.inTransaction("store a new refund", c -> {
            Jdbc.update(c, "INSERT INTO refund (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    r.id(), r.saleId(), r.paymentId(), r.shiftId(), r.kind(), r.tender(), r.amountKopecks(), r.state(),
                    r.finalState(), r.counts(), r.supervisor(), r.tipCode(), r.createdAt(), r.updatedAt());
            for (RefundLineRow l : lines) {
                Jdbc.update(c, "INSERT INTO refund_line (refund_id, line_no, quantity, amount_kopecks) VALUES (?, ?, ?, ?)",
                        l.refundId(), l.lineNo(), l.quantity(), l.amountKopecks());
            }
            if (operation != null) {
                OperationRepository.insert(c, operation);
            }
            return null;
        });
    }

    /**
     * Stores the refund's progress; when it succeeded in full, the sale becomes VOIDED in the same commit. A final
     * state queues the refund (and a voided sale) for the central store in that commit too.
     */
    public void progress(String id, String state, boolean isFinal, boolean counts, String tipCode, Instant at,
                         String voidSaleId, String by) {
        jdbc.inTransaction("store a refund's progress", c -> {
            Jdbc.update(c, "UPDATE refund SET state = ?, final_state = ?, counts = ?, tip_code = ?, updated_at = ? "
                    + "WHERE id = ?", state, isFinal, counts, tipCode, at, id);
            if (voidSaleId != null) {
                Jdbc.update(c, "UPDATE sale SET status = 'VOIDED', closed_at = ?, closed_by = ? WHERE id = ?", at, by,
                        voidSaleId);
            }
            if (isFinal) {
                OutboxRepository.add(c, OutboxKind.REFUND, id);
            }
            if (voidSaleId != null) {
                OutboxRepository.add(c, OutboxKind.SALE, voidSaleId);
            }
            return null;
        });
    }

    public Optional<RefundRow> find(String id) {
        return jdbc.one("read a refund", "SELECT " + COLUMNS + " FROM refund WHERE id = ?", RefundRepository::map, id);
    }

    /** The refunds of a sale, oldest first. */
    public List<RefundRow> forSale(String saleId) {
        return jdbc.query("read a sale's refunds", "SELECT " + COLUMNS + " FROM refund WHERE sale_id = ? "
                + "ORDER BY created_at, id", RefundRepository::map, saleId);
    }

    public List<RefundLineRow> lines(String refundId) {
        return jdbc.query("read a refund's lines", "SELECT refund_id, line_no, quantity, amount_kopecks FROM refund_line "
                + "WHERE refund_id = ? ORDER BY line_no", rs -> new RefundLineRow(rs.getString(1), rs.getInt(2),
                rs.getBigDecimal(3), rs.getLong(4)), refundId);
    }

    /** What of one sale line was refunded so far (or is being refunded). */
    public record Refunded(BigDecimal quantity, long amountKopecks) {
    }

    /** Per line number, the quantity and amount already refunded or being refunded (refunds that count). */
    public Map<Integer, Refunded> refunded(String saleId) {
        Map<Integer, Refunded> out = new LinkedHashMap<>();
        jdbc.query("read refunded quantities", "SELECT l.line_no, SUM(l.quantity), SUM(l.amount_kopecks) "
                + "FROM refund_line l JOIN refund r ON r.id = l.refund_id WHERE r.sale_id = ? AND r.counts = TRUE "
                + "GROUP BY l.line_no ORDER BY l.line_no", rs -> out.put(rs.getInt(1),
                new Refunded(rs.getBigDecimal(2), rs.getLong(3))), saleId);
        return out;
    }

    /** The sale paid by a Koshelek transaction (its transactionId or the slip's paymentTransactionId). */
    public Optional<String> saleOfTransaction(String transactionId) {
        return jdbc.one("find a payment by transaction", "SELECT sale_id FROM payment WHERE transaction_id = ? "
                + "OR payment_transaction_id = ? ORDER BY created_at", rs -> rs.getString(1), transactionId,
                transactionId);
    }

    private static RefundRow map(ResultSet rs) throws SQLException {
        return new RefundRow(rs.getString("id"), rs.getString("sale_id"), rs.getString("payment_id"),
                rs.getString("shift_id"), OperationKind.valueOf(rs.getString("kind")),
                Tender.valueOf(rs.getString("tender")), rs.getLong("amount_kopecks"), rs.getString("state"),
                rs.getBoolean("final_state"), rs.getBoolean("counts"), rs.getString("supervisor"),
                rs.getString("tip_code"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "updated_at"));
    }
}

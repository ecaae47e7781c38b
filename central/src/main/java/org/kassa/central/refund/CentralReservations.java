package org.kassa.central.refund;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.kassa.till.refund.RefundReservations;
import org.kassa.till.sale.SaleRuleException;
import org.kassa.till.store.RefundRepository.Refunded;

/**
 * Reservations of refunded quantities in the central store (docs/decisions/0174). One PostgreSQL transaction
 * locks the sale (its row FOR UPDATE, and an advisory lock for a sale the centre has not received yet), checks
 * sold ≥ refunded (refunds stored centrally that have no reservation) + reserved (not RELEASED) + asked, and
 * inserts RESERVED rows; settling turns them DONE or RELEASED. Two tills asking for the same line at once are
 * served one after the other: the second sees the first's reservation.
 */
public final class CentralReservations implements RefundReservations {

    private static final String TAKEN = "SELECT line_no, SUM(quantity) FROM ("
            + "SELECT l.line_no, l.quantity FROM refund_line l JOIN refund r ON r.id = l.refund_id "
            + "WHERE r.sale_id = ? AND r.counts = TRUE "
            + "AND NOT EXISTS (SELECT 1 FROM refund_reservation v WHERE v.refund_id = r.id) "
            + "UNION ALL SELECT line_no, quantity FROM refund_reservation WHERE sale_id = ? AND state <> 'RELEASED'"
            + ") t GROUP BY line_no ORDER BY line_no";

    private final CentralSql sql;

    /** @param where the server for messages (no user or password), e.g. {@code CentralDatabase.describe()} */
    public CentralReservations(DataSource central, String where) {
        this.sql = new CentralSql(central, where);
    }

    @Override
    public void reserve(String refundId, String saleId, String tillId, List<Line> lines) {
        sql.inTransaction("reserve the lines of refund " + refundId, c -> {
            CentralSql.query(c, "SELECT pg_advisory_xact_lock(hashtext(?))", rs -> null, "refund:" + saleId);
            CentralSql.query(c, "SELECT id FROM sale WHERE id = ? FOR UPDATE", rs -> null, saleId);
            if (!CentralSql.query(c, "SELECT 1 FROM refund_reservation WHERE refund_id = ?", rs -> 1, refundId)
                    .isEmpty()) {
                return null;                                      // reserved already: a retry
            }
            Map<Integer, BigDecimal> sold = new HashMap<>();
            CentralSql.query(c, "SELECT line_no, quantity FROM sale_line WHERE sale_id = ? AND voided = FALSE",
                    rs -> sold.put(rs.getInt(1), rs.getBigDecimal(2)), saleId);
            Map<Integer, BigDecimal> taken = taken(c, saleId);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            for (Line line : lines) {
                BigDecimal soldQty = sold.getOrDefault(line.lineNo(), line.sold());
                BigDecimal takenQty = taken.getOrDefault(line.lineNo(), BigDecimal.ZERO);
                if (takenQty.add(line.quantity()).compareTo(soldQty) > 0) {
                    throw new SaleRuleException("refund.central.taken", line.lineNo(), plain(soldQty),
                            plain(takenQty), plain(line.quantity()));
                }
                CentralSql.update(c, "INSERT INTO refund_reservation (id, refund_id, sale_id, line_no, quantity, "
                        + "till_id, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'RESERVED', ?, ?)",
                        UUID.randomUUID().toString(), refundId, saleId, line.lineNo(), line.quantity(), tillId, now,
                        now);
            }
            return null;
        });
    }

    @Override
    public void settle(String refundId, boolean accepted) {
        sql.inTransaction("settle the reservation of refund " + refundId, c -> CentralSql.update(c,
                "UPDATE refund_reservation SET state = ?, updated_at = ? WHERE refund_id = ? AND state = 'RESERVED'",
                accepted ? "DONE" : "RELEASED", OffsetDateTime.now(ZoneOffset.UTC), refundId));
    }

    @Override
    public Map<Integer, Refunded> taken(String saleId) {
        Map<Integer, Refunded> out = new LinkedHashMap<>();
        sql.inTransaction("read what is refunded of sale " + saleId, c -> taken(c, saleId))
                .forEach((line, qty) -> out.put(line, new Refunded(qty, 0)));
        return out;
    }

    @Override
    public List<String> unsettled(String tillId) {
        return sql.inTransaction("list open reservations of till " + tillId, c -> CentralSql.query(c,
                "SELECT DISTINCT refund_id FROM refund_reservation WHERE till_id = ? AND state = 'RESERVED' "
                        + "ORDER BY refund_id", rs -> rs.getString(1), tillId));
    }

    private static Map<Integer, BigDecimal> taken(Connection c, String saleId) throws SQLException {
        Map<Integer, BigDecimal> out = new LinkedHashMap<>();
        CentralSql.query(c, TAKEN, rs -> out.put(rs.getInt(1), rs.getBigDecimal(2)), saleId, saleId);
        return out;
    }

    private static String plain(BigDecimal q) {
        return q.stripTrailingZeros().toPlainString();
    }
}

package org.kassa.central.refund;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.kassa.till.catalog.Measure;
import org.kassa.till.catalog.Vat;
import org.kassa.till.refund.RemoteSale;
import org.kassa.till.refund.RemoteSales;
import org.kassa.till.sale.SaleStatus;
import org.kassa.till.store.PaymentRow;
import org.kassa.till.store.SaleLineRow;
import org.kassa.till.store.SaleRow;
import org.kassa.till.store.SlipFields;
import org.kassa.till.tender.Tender;

/**
 * Finds a sale of any till in the central store (the tills' own tables, rows as each till stored them) by its
 * id, orderId or Koshelek transaction id, with its lines, payments and shift (docs/decisions/0174).
 */
public final class CentralSales implements RemoteSales {

    private static final String SALE = "SELECT id, till_id, order_id, status, opened_at, closed_at, closed_by, "
            + "total_kopecks, discount_kopecks, card_masked, card_result_code, training, shift_id FROM sale ";
    private static final String LINES = "SELECT sale_id, line_no, article, barcode, name, price_kopecks, quantity, "
            + "measure, vat, discount_kopecks, total_kopecks, voided, voided_at, voided_by FROM sale_line "
            + "WHERE sale_id = ? ORDER BY line_no";
    private static final String PAYMENTS = "SELECT id, sale_id, tender, state, final_state, amount_kopecks, "
            + "cash_given_kopecks, change_kopecks, payment_type, transaction_id, checkout_request_id, status, tip_code, "
            + "slip_id, slip_order_id, payment_transaction_id, refund_transaction_id, qrc_id, kzo, "
            + "operation_date_time, raw_slip_json, created_at, updated_at FROM payment WHERE sale_id = ? "
            + "ORDER BY created_at, id";

    private final CentralSql sql;

    /** @param where the server for messages (no user or password), e.g. {@code CentralDatabase.describe()} */
    public CentralSales(DataSource central, String where) {
        this.sql = new CentralSql(central, where);
    }

    @Override
    public Optional<RemoteSale> find(String key) {
        return sql.inTransaction("find sale " + key, c -> {
            List<String[]> found = CentralSql.query(c, SALE + "WHERE id = ? OR order_id = ? OR id IN (SELECT sale_id "
                    + "FROM payment WHERE transaction_id = ? OR payment_transaction_id = ?) ORDER BY opened_at",
                    rs -> new String[] {rs.getString("id"), rs.getString("shift_id")}, key, key, key, key);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(read(c, found.get(0)[0], found.get(0)[1]));
        });
    }

    private static RemoteSale read(Connection c, String id, String shiftId) throws SQLException {
        SaleRow sale = CentralSql.query(c, SALE + "WHERE id = ?", CentralSales::sale, id).get(0);
        return new RemoteSale(sale, shiftId, CentralSql.query(c, LINES, CentralSales::line, id),
                CentralSql.query(c, PAYMENTS, CentralSales::payment, id));
    }

    private static SaleRow sale(ResultSet rs) throws SQLException {
        return new SaleRow(rs.getString("id"), rs.getString("till_id"), rs.getString("order_id"),
                SaleStatus.valueOf(rs.getString("status")), instant(rs, "opened_at"), instant(rs, "closed_at"),
                rs.getString("closed_by"), rs.getLong("total_kopecks"), rs.getLong("discount_kopecks"),
                rs.getString("card_masked"), rs.getString("card_result_code"), rs.getBoolean("training"));
    }

    private static SaleLineRow line(ResultSet rs) throws SQLException {
        return new SaleLineRow(rs.getString("sale_id"), rs.getInt("line_no"), rs.getString("article"),
                rs.getString("barcode"), rs.getString("name"), rs.getLong("price_kopecks"), rs.getBigDecimal("quantity"),
                Measure.valueOf(rs.getString("measure")), Vat.valueOf(rs.getString("vat")),
                rs.getLong("discount_kopecks"), rs.getLong("total_kopecks"), rs.getBoolean("voided"),
                instant(rs, "voided_at"), rs.getString("voided_by"));
    }

    private static PaymentRow payment(ResultSet rs) throws SQLException {
        SlipFields slip = new SlipFields(rs.getString("slip_id"), rs.getString("slip_order_id"),
                rs.getString("payment_transaction_id"), rs.getString("refund_transaction_id"), rs.getString("qrc_id"),
                rs.getString("kzo"), rs.getString("operation_date_time"), rs.getString("raw_slip_json"));
        return new PaymentRow(rs.getString("id"), rs.getString("sale_id"), Tender.valueOf(rs.getString("tender")),
                rs.getString("state"), rs.getBoolean("final_state"), rs.getLong("amount_kopecks"),
                nullableLong(rs, "cash_given_kopecks"), nullableLong(rs, "change_kopecks"), rs.getString("payment_type"),
                rs.getString("transaction_id"), rs.getString("checkout_request_id"), rs.getString("status"),
                rs.getString("tip_code"), slip, instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}

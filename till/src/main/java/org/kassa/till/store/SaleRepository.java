package org.kassa.till.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kassa.till.catalog.Measure;
import org.kassa.till.catalog.Vat;
import org.kassa.till.sale.SaleStatus;

/** Sales and their lines. */
public final class SaleRepository {

    private static final String COLUMNS = "id, till_id, order_id, status, opened_at, closed_at, closed_by, "
            + "total_kopecks, discount_kopecks, card_masked, card_result_code, training";
    private static final String LINE_COLUMNS = "sale_id, line_no, article, barcode, name, price_kopecks, quantity, "
            + "measure, vat, discount_kopecks, total_kopecks, voided, voided_at, voided_by";

    private final Jdbc jdbc;

    SaleRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws StoreException if the id or the order id is already stored */
    public void insert(SaleRow s) {
        save(s, true, List.of());
    }

    /**
     * Replaces the header (all but id, till and opening time); a final state (PAID, CANCELLED, VOIDED) queues the
     * sale for the central store in the same commit. @throws StoreException if there is no such sale
     */
    public void update(SaleRow s) {
        save(s, false, List.of());
    }

    /**
     * Stores a sale in one transaction: the header ({@code insert} for a new sale, else an update), the given
     * lines (inserted or replaced by number) and, when the sale is in a final state, its outbox row
     * (docs/decisions/0171): the sale, its lines and the outbox row commit together or not at all.
     */
    public void save(SaleRow s, boolean insert, List<SaleLineRow> lines) {
        jdbc.inTransaction(insert ? "store a new sale" : "update a sale", c -> {
            if (insert) {
                Jdbc.update(c, "INSERT INTO sale (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        s.id(), s.tillId(), s.orderId(), s.status(), s.openedAt(), s.closedAt(), s.closedBy(),
                        s.totalKopecks(), s.discountKopecks(), s.cardMasked(), s.cardResultCode(), s.training());
            } else if (Jdbc.update(c, "UPDATE sale SET order_id = ?, status = ?, closed_at = ?, closed_by = ?, "
                    + "total_kopecks = ?, discount_kopecks = ?, card_masked = ?, card_result_code = ?, training = ? "
                    + "WHERE id = ?", s.orderId(), s.status(), s.closedAt(), s.closedBy(), s.totalKopecks(),
                    s.discountKopecks(), s.cardMasked(), s.cardResultCode(), s.training(), s.id()) == 0) {
                throw new StoreException("no sale " + s.id() + " to update");
            }
            for (SaleLineRow l : lines) {
                upsertLine(c, l);
            }
            if (s.status().isClosed()) {
                OutboxRepository.add(c, OutboxKind.SALE, s.id());
            }
            return null;
        });
    }

    /** Inserts the line, or replaces the line with the same sale id and number. */
    public void upsertLine(SaleLineRow l) {
        jdbc.inTransaction("store a sale line", c -> {
            upsertLine(c, l);
            return null;
        });
    }

    private static void upsertLine(java.sql.Connection c, SaleLineRow l) throws SQLException {
        int n = Jdbc.update(c, "UPDATE sale_line SET article = ?, barcode = ?, name = ?, price_kopecks = ?, "
                + "quantity = ?, measure = ?, vat = ?, discount_kopecks = ?, total_kopecks = ?, voided = ?, "
                + "voided_at = ?, voided_by = ? WHERE sale_id = ? AND line_no = ?", l.article(), l.barcode(),
                l.name(), l.priceKopecks(), l.quantity(), l.measure(), l.vat(), l.discountKopecks(),
                l.totalKopecks(), l.voided(), l.voidedAt(), l.voidedBy(), l.saleId(), l.lineNo());
        if (n == 0) {
            Jdbc.update(c, "INSERT INTO sale_line (" + LINE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?)", l.saleId(), l.lineNo(), l.article(), l.barcode(), l.name(), l.priceKopecks(),
                    l.quantity(), l.measure(), l.vat(), l.discountKopecks(), l.totalKopecks(), l.voided(),
                    l.voidedAt(), l.voidedBy());
        }
    }

    public Optional<SaleRow> find(String id) {
        return jdbc.one("read a sale", "SELECT " + COLUMNS + " FROM sale WHERE id = ?", SaleRepository::map, id);
    }

    public Optional<SaleRow> findByOrderId(String orderId) {
        return jdbc.one("read a sale", "SELECT " + COLUMNS + " FROM sale WHERE order_id = ?", SaleRepository::map,
                orderId);
    }

    /** The OPEN sale of this till (the latest if, against the rules, there are several): for crash recovery. */
    public Optional<SaleRow> findOpen(String tillId) {
        return jdbc.one("read the open sale", "SELECT " + COLUMNS + " FROM sale WHERE till_id = ? AND status = ? "
                + "ORDER BY opened_at DESC", SaleRepository::map, tillId, SaleStatus.OPEN);
    }

    /** Sales opened at or after {@code since}, oldest first; {@code status} null means any. */
    public List<SaleRow> list(Instant since, SaleStatus status) {
        return status == null
                ? jdbc.query("list sales", "SELECT " + COLUMNS + " FROM sale WHERE opened_at >= ? ORDER BY opened_at",
                        SaleRepository::map, since)
                : jdbc.query("list sales", "SELECT " + COLUMNS + " FROM sale WHERE opened_at >= ? AND status = ? "
                        + "ORDER BY opened_at", SaleRepository::map, since, status);
    }

    /** The lines of a sale by number, voided ones included. */
    public List<SaleLineRow> lines(String saleId) {
        return jdbc.query("read sale lines", "SELECT " + LINE_COLUMNS + " FROM sale_line WHERE sale_id = ? "
                + "ORDER BY line_no", SaleRepository::mapLine, saleId);
    }

    private static SaleRow map(ResultSet rs) throws SQLException {
        return new SaleRow(rs.getString("id"), rs.getString("till_id"), rs.getString("order_id"),
                SaleStatus.valueOf(rs.getString("status")), Jdbc.instant(rs, "opened_at"), Jdbc.instant(rs, "closed_at"),
                rs.getString("closed_by"), rs.getLong("total_kopecks"), rs.getLong("discount_kopecks"),
                rs.getString("card_masked"), rs.getString("card_result_code"), rs.getBoolean("training"));
    }

    private static SaleLineRow mapLine(ResultSet rs) throws SQLException {
        return new SaleLineRow(rs.getString("sale_id"), rs.getInt("line_no"), rs.getString("article"),
                rs.getString("barcode"), rs.getString("name"), rs.getLong("price_kopecks"), rs.getBigDecimal("quantity"),
                Measure.valueOf(rs.getString("measure")), Vat.valueOf(rs.getString("vat")),
                rs.getLong("discount_kopecks"), rs.getLong("total_kopecks"), rs.getBoolean("voided"),
                Jdbc.instant(rs, "voided_at"), rs.getString("voided_by"));
    }
}

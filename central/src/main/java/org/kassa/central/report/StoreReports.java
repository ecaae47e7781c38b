package org.kassa.central.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.kassa.central.CentralUnavailableException;
import org.kassa.till.report.ShiftReport.KoshelekRow;
import org.kassa.till.report.ShiftReport.Total;

/**
 * Makes the store report of a day from the central store (docs/decisions/0175). Each shift is read with the
 * very queries of the till's X and Z reports (ReportRepository), against the tills' rows as the centre holds
 * them, and the shifts of a till are summed: so a till's part is the sum of its Z reports.
 */
public final class StoreReports {

    private static final String TENDERS = "SELECT p.tender, p.payment_type, COUNT(*), SUM(p.amount_kopecks) "
            + "FROM sale s JOIN payment p ON p.sale_id = s.id WHERE s.shift_id = ? AND p.state = 'ACCEPTED' "
            + "GROUP BY p.tender, p.payment_type ORDER BY p.tender, p.payment_type";
    private static final String REFUNDS = "SELECT r.kind, r.tender, p.payment_type, COUNT(*), SUM(r.amount_kopecks) "
            + "FROM refund r JOIN payment p ON p.id = r.payment_id WHERE r.shift_id = ? AND r.final_state = TRUE "
            + "AND r.counts = TRUE GROUP BY r.kind, r.tender, p.payment_type ORDER BY r.kind, r.tender, p.payment_type";
    private static final String CASH_TAKEN = "SELECT COALESCE(SUM(p.amount_kopecks), 0) FROM sale s "
            + "JOIN payment p ON p.sale_id = s.id WHERE s.shift_id = ? AND p.tender = 'CASH' AND p.state = 'ACCEPTED'";
    private static final String KOSHELEK_PAYMENTS = "SELECT 'PAYMENT', s.order_id, p.transaction_id, "
            + "COALESCE(p.payment_transaction_id, p.transaction_id), NULL, p.checkout_request_id, p.payment_type, "
            + "p.qrc_id, p.kzo, p.amount_kopecks, p.updated_at FROM sale s JOIN payment p ON p.sale_id = s.id "
            + "WHERE s.shift_id = ? AND p.tender = 'KOSHELEK' AND p.state = 'ACCEPTED' ORDER BY p.updated_at, p.id";
    private static final String KOSHELEK_REFUNDS = "SELECT r.kind, s.order_id, p.transaction_id, "
            + "COALESCE(p.payment_transaction_id, p.transaction_id), o.ref_transaction_id, o.request_id, "
            + "p.payment_type, p.qrc_id, p.kzo, r.amount_kopecks, r.updated_at FROM refund r "
            + "JOIN sale s ON s.id = r.sale_id JOIN payment p ON p.id = r.payment_id "
            + "JOIN payment_operation o ON o.id = r.id WHERE r.shift_id = ? AND r.tender = 'KOSHELEK' "
            + "AND r.final_state = TRUE AND r.counts = TRUE ORDER BY r.updated_at, r.id";

    private final DataSource central;
    private final String where;

    /** @param where the server for messages (no user or password) */
    public StoreReports(DataSource central, String where) {
        this.central = central;
        this.where = where;
    }

    /** The report of {@code date} in {@code zone}: real shifts, or training shifts when {@code training}. */
    public StoreReport day(LocalDate date, ZoneId zone, boolean training) {
        OffsetDateTime from = date.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime to = date.plusDays(1).atStartOfDay(zone).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
        try (Connection c = central.getConnection()) {
            c.setReadOnly(true);
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);   // one consistent view
            Map<String, TillSum> tills = new LinkedHashMap<>();
            for (Object[] shift : query(c, "SELECT id, till_id, shift_no, starting_cash, open_till_id, counted_cash "
                    + "FROM shift WHERE opened_at >= ? AND opened_at < ? AND training = ? ORDER BY till_id, shift_no",
                    rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4),
                        rs.getString(5) != null, nullableLong(rs, 6)}, from, to, training)) {
                tills.computeIfAbsent((String) shift[1], TillSum::new).add(c, shift);
            }
            c.commit();
            List<StoreReport.TillPart> parts = tills.values().stream().map(TillSum::part).toList();
            TotalsSum all = new TotalsSum();
            parts.forEach(p -> p.totals().forEach(all::add));
            return new StoreReport(date.toString(), zone.getId(), training, parts, all.list(),
                    parts.stream().mapToLong(StoreReport.TillPart::cashInDrawer).sum(),
                    parts.stream().mapToInt(p -> p.openShifts().size()).sum());
        } catch (SQLException e) {
            throw new CentralUnavailableException("the store report of " + date + " could not be read from the "
                    + "central store " + where + " (" + e.getMessage() + "); check that the server runs "
                    + "(kassa doctor) and try again", e);
        }
    }

    /** One till's shifts added up. */
    private static final class TillSum {
        final String tillId;
        final List<Integer> shifts = new ArrayList<>();
        final List<Integer> open = new ArrayList<>();
        final TotalsSum totals = new TotalsSum();
        final List<KoshelekRow> koshelek = new ArrayList<>();
        long starting;
        long taken;
        long refunded;
        Long counted;

        TillSum(String tillId) {
            this.tillId = tillId;
        }

        void add(Connection c, Object[] shift) throws SQLException {
            String id = (String) shift[0];
            shifts.add((Integer) shift[2]);
            if ((Boolean) shift[4]) {
                open.add((Integer) shift[2]);
            }
            starting += (Long) shift[3];
            if (shift[5] != null) {
                counted = (counted == null ? 0 : counted) + (Long) shift[5];
            }
            for (Total t : query(c, TENDERS, rs -> new Total("SALE", rs.getString(1),
                    type(rs.getString(1), rs.getString(2)), rs.getLong(3), rs.getLong(4)), id)) {
                totals.add(t);
            }
            for (Total t : query(c, REFUNDS, rs -> new Total(rs.getString(1), rs.getString(2),
                    type(rs.getString(2), rs.getString(3)), rs.getLong(4), rs.getLong(5)), id)) {
                totals.add(t);
                refunded += "CASH".equals(t.tender()) ? t.amount() : 0;
            }
            taken += query(c, CASH_TAKEN, rs -> rs.getLong(1), id).get(0);
            koshelek.addAll(query(c, KOSHELEK_PAYMENTS, StoreReports::koshelek, id));
            koshelek.addAll(query(c, KOSHELEK_REFUNDS, StoreReports::koshelek, id));
        }

        StoreReport.TillPart part() {
            return new StoreReport.TillPart(tillId, shifts, open, starting, taken, refunded,
                    starting + taken - refunded, counted, totals.list(), koshelek);
        }
    }

    /** Totals summed by group, tender and payment type, in the order first seen. */
    private static final class TotalsSum {
        private final Map<List<String>, long[]> sums = new LinkedHashMap<>();

        void add(Total t) {
            long[] s = sums.computeIfAbsent(List.of(t.group(), t.tender(), t.paymentType()), k -> new long[2]);
            s[0] += t.count();
            s[1] += t.amount();
        }

        List<Total> list() {
            List<Total> out = new ArrayList<>();
            sums.forEach((k, s) -> out.add(new Total(k.get(0), k.get(1), k.get(2), s[0], s[1])));
            return out;
        }
    }

    private static String type(String tender, String paymentType) {
        return "CASH".equals(tender) ? "CASH" : paymentType == null ? "UNKNOWN" : paymentType;
    }

    private static KoshelekRow koshelek(ResultSet rs) throws SQLException {
        OffsetDateTime at = rs.getObject(11, OffsetDateTime.class);
        return new KoshelekRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getLong(10),
                at == null ? null : at.toInstant().toString());
    }

    @FunctionalInterface
    private interface Rows<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> query(Connection c, String sql, Rows<T> rows, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rows.map(rs));
                }
                return out;
            }
        }
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}

package org.kassa.till.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Loyalty card scans (masked numbers only). */
public final class LoyaltyScanRepository {

    private static final String COLUMNS = "id, sale_id, scanned_at, result_code, card_masked";

    private final Jdbc jdbc;

    LoyaltyScanRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(LoyaltyScanRow s) {
        jdbc.update("store a loyalty scan", "INSERT INTO loyalty_scan (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)", s.id(),
                s.saleId(), s.scannedAt(), s.resultCode(), s.cardMasked());
    }

    public List<LoyaltyScanRow> forSale(String saleId) {
        return jdbc.query("read loyalty scans", "SELECT " + COLUMNS + " FROM loyalty_scan WHERE sale_id = ? "
                + "ORDER BY scanned_at, id", LoyaltyScanRepository::map, saleId);
    }

    private static LoyaltyScanRow map(ResultSet rs) throws SQLException {
        return new LoyaltyScanRow(rs.getString("id"), rs.getString("sale_id"), Jdbc.instant(rs, "scanned_at"),
                rs.getString("result_code"), rs.getString("card_masked"));
    }
}

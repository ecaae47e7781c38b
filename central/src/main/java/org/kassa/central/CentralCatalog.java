package org.kassa.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.kassa.till.catalog.Product;

/**
 * The shop's catalog in the central store, where the merchant puts it ({@code kassa catalog import FILE
 * --central}) and the tills pull it from. A product stored the same way again keeps its {@code updated_at}, so
 * the tills pull only what changed.
 */
public final class CentralCatalog {

    /** What an import changed. */
    public record Count(int inserted, int updated, int unchanged) {
    }

    private CentralCatalog() {
    }

    /**
     * Inserts or replaces all products in ONE transaction.
     *
     * @throws CentralUnavailableException when the server cannot be reached or refuses a product (e.g. a barcode
     *                                     of another article): nothing is stored then
     */
    public static Count importProducts(CentralDatabase db, List<Product> products) {
        int inserted = 0;
        int updated = 0;
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO product (article, barcode, name, price_kopecks, "
                    + "measure, vat, updated_at) VALUES (?, ?, ?, ?, ?, ?, clock_timestamp()) ON CONFLICT (article) DO "
                    + "UPDATE SET barcode = EXCLUDED.barcode, name = EXCLUDED.name, price_kopecks = EXCLUDED.price_kopecks, "
                    + "measure = EXCLUDED.measure, vat = EXCLUDED.vat, updated_at = EXCLUDED.updated_at WHERE "
                    + "(product.barcode, product.name, product.price_kopecks, product.measure, product.vat) IS DISTINCT "
                    + "FROM (EXCLUDED.barcode, EXCLUDED.name, EXCLUDED.price_kopecks, EXCLUDED.measure, EXCLUDED.vat) "
                    + "RETURNING (xmax = 0)")) {
                for (Product p : products) {
                    ps.setString(1, p.article());
                    ps.setString(2, p.barcode());
                    ps.setString(3, p.name());
                    ps.setLong(4, p.priceKopecks());
                    ps.setString(5, p.measure().name());
                    ps.setString(6, p.vat().name());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            if (rs.getBoolean(1)) {
                                inserted++;
                            } else {
                                updated++;
                            }
                        }
                    }
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new CentralUnavailableException("the catalog was not stored in the central store at " + db.describe()
                    + " (" + CentralDatabase.oneLine(e) + "); nothing of it was stored", e);
        }
        return new Count(inserted, updated, products.size() - inserted - updated);
    }
}

package org.kassa.till.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kassa.till.catalog.Measure;
import org.kassa.till.catalog.Product;
import org.kassa.till.catalog.Vat;

/** The catalog: products by article (the key) and by barcode. */
public final class ProductRepository {

    /** What an upsert changed: new articles, changed ones, and ones already stored exactly so. */
    public record UpsertCount(int inserted, int updated, int unchanged) {
    }

    private static final String COLUMNS = "article, barcode, name, price_kopecks, measure, vat";

    private final Jdbc jdbc;
    private final Clock clock;

    ProductRepository(Jdbc jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    ProductRepository(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Inserts or replaces one product; storing the same values again changes nothing. */
    public UpsertCount upsert(Product product) {
        return upsertAll(List.of(product));
    }

    /**
     * Inserts or replaces all products in ONE transaction: either all are stored or none.
     *
     * @throws StoreException if a barcode belongs to another article (nothing is stored then)
     */
    public UpsertCount upsertAll(List<Product> products) {
        Instant now = clock.instant();
        return jdbc.inTransaction("store " + products.size() + " products", c -> {
            int inserted = 0;
            int updated = 0;
            int unchanged = 0;
            for (Product p : products) {
                Optional<Product> old = byArticle(c, p.article());
                if (old.isPresent() && old.get().equals(p)) {
                    unchanged++;
                    continue;
                }
                checkBarcodeFree(c, p);
                if (old.isPresent()) {
                    Jdbc.update(c, "UPDATE product SET barcode = ?, name = ?, price_kopecks = ?, measure = ?, vat = ?, "
                            + "updated_at = ? WHERE article = ?", p.barcode(), p.name(), p.priceKopecks(),
                            p.measure(), p.vat(), now, p.article());
                    updated++;
                } else {
                    Jdbc.update(c, "INSERT INTO product (" + COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            p.article(), p.barcode(), p.name(), p.priceKopecks(), p.measure(), p.vat(), now);
                    inserted++;
                }
            }
            return new UpsertCount(inserted, updated, unchanged);
        });
    }

    public Optional<Product> byArticle(String article) {
        return jdbc.one("read a product", "SELECT " + COLUMNS + " FROM product WHERE article = ?",
                ProductRepository::map, article);
    }

    public Optional<Product> byBarcode(String barcode) {
        return jdbc.one("read a product", "SELECT " + COLUMNS + " FROM product WHERE barcode = ?",
                ProductRepository::map, barcode);
    }

    /** Every product, by article. */
    public List<Product> list() {
        return jdbc.query("list the products", "SELECT " + COLUMNS + " FROM product ORDER BY article",
                ProductRepository::map);
    }

    private static Optional<Product> byArticle(Connection c, String article) throws SQLException {
        List<Product> found = Jdbc.query(c, "SELECT " + COLUMNS + " FROM product WHERE article = ?",
                ProductRepository::map, article);
        return found.stream().findFirst();
    }

    private static void checkBarcodeFree(Connection c, Product p) throws SQLException {
        if (p.barcode() == null) {
            return;
        }
        List<String> owners = Jdbc.query(c, "SELECT article FROM product WHERE barcode = ? AND article <> ?",
                rs -> rs.getString(1), p.barcode(), p.article());
        if (!owners.isEmpty()) {
            throw new StoreException("barcode " + p.barcode() + " of article " + p.article()
                    + " already belongs to article " + owners.get(0) + "; give one of them another barcode");
        }
    }

    private static Product map(ResultSet rs) throws SQLException {
        return new Product(rs.getString("article"), rs.getString("barcode"), rs.getString("name"),
                rs.getLong("price_kopecks"), Measure.valueOf(rs.getString("measure")), Vat.valueOf(rs.getString("vat")));
    }
}

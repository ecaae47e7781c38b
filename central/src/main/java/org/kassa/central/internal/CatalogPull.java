package org.kassa.central.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.kassa.till.catalog.Measure;
import org.kassa.till.catalog.Product;
import org.kassa.till.catalog.Vat;
import org.kassa.till.store.ProductRepository.UpsertCount;
import org.kassa.till.store.TillStore;

/**
 * Brings the central catalog's changes into the till's own copy: products whose {@code updated_at} is at or after
 * the mark kept in {@code till_setting}, less an overlap for transactions that committed late with an earlier
 * time (re-reading a product stored the same way changes nothing). The till sells from its copy when the
 * centre is away.
 */
public final class CatalogPull {

    /** The setting that remembers how far the catalog was pulled (an ISO instant). */
    public static final String MARK = "central.catalog.pulledThrough";

    static final Duration OVERLAP = Duration.ofMinutes(1);

    private final TillStore store;

    public CatalogPull(TillStore store) {
        this.store = store;
    }

    /** @return how many products were new or changed in the till's copy */
    public int pull(DataSource central) throws SQLException {
        Instant since = store.settings().get(MARK).map(Instant::parse).map(t -> t.minus(OVERLAP)).orElse(Instant.EPOCH);
        List<Product> changed = new ArrayList<>();
        Instant newest = null;
        try (Connection pg = central.getConnection(); PreparedStatement ps = pg.prepareStatement(
                "SELECT article, barcode, name, price_kopecks, measure, vat, updated_at FROM product "
                        + "WHERE updated_at >= ? ORDER BY updated_at, article")) {
            ps.setObject(1, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    changed.add(new Product(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            Measure.valueOf(rs.getString(5)), Vat.valueOf(rs.getString(6))));
                    newest = rs.getObject(7, OffsetDateTime.class).toInstant();
                }
            }
        }
        if (changed.isEmpty()) {
            return 0;
        }
        UpsertCount count = store.products().upsertAll(changed);
        store.settings().put(MARK, newest.toString());
        return count.inserted() + count.updated();
    }
}

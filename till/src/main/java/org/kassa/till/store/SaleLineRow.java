package org.kassa.till.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.kassa.till.catalog.Measure;
import org.kassa.till.catalog.Vat;

/**
 * A line of a sale (key: sale id + line number). A voided line stays, marked, so the receipt history is whole.
 *
 * @param quantity pieces or units of {@code measure}; kept with exactly 3 decimals (1 becomes 1.000)
 * @param totalKopecks price × quantity − discount, as the sale engine rounded it
 */
public record SaleLineRow(String saleId, int lineNo, String article, String barcode, String name, long priceKopecks,
                          BigDecimal quantity, Measure measure, Vat vat, long discountKopecks, long totalKopecks,
                          boolean voided, Instant voidedAt, String voidedBy) {

    public SaleLineRow {
        Objects.requireNonNull(saleId, "saleId");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(vat, "vat");
        if (quantity.scale() > 3) {
            throw new IllegalArgumentException("quantity " + quantity + " has more than 3 decimals");
        }
        quantity = quantity.setScale(3);
    }

    public SaleLineRow voided(Instant at, String by) {
        return new SaleLineRow(saleId, lineNo, article, barcode, name, priceKopecks, quantity, measure, vat,
                discountKopecks, totalKopecks, true, at, by);
    }
}

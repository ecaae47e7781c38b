package org.kassa.till.catalog;

import java.util.Objects;

/**
 * An item of the shop's catalog.
 *
 * @param article      the shop's own key (letters, digits, {@code -_.}; up to 64 characters)
 * @param barcode      EAN-13, EAN-8, UPC or the shop's own code (digits, up to 64), or null
 * @param name         what the receipt says (up to 256 characters)
 * @param priceKopecks price of one unit of {@code measure} in kopecks, not negative
 * @param measure      how it is counted
 * @param vat          VAT rate
 */
public record Product(String article, String barcode, String name, long priceKopecks, Measure measure, Vat vat) {

    public static final int MAX_ARTICLE = 64;
    public static final int MAX_NAME = 256;

    public Product {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(vat, "vat");
        if (article == null || !article.matches("[\\p{L}\\p{N}._\\-/]{1," + MAX_ARTICLE + "}")) {
            throw new IllegalArgumentException("article must be 1 to " + MAX_ARTICLE
                    + " letters, digits or . _ - / (was '" + article + "')");
        }
        barcode = barcode == null || barcode.isBlank() ? null : barcode.strip();
        if (barcode != null && !barcode.matches("[0-9]{1,64}")) {
            throw new IllegalArgumentException("barcode must be digits only (was '" + barcode + "')");
        }
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("name must be 1 to " + MAX_NAME + " characters");
        }
        name = name.strip();
        if (priceKopecks < 0) {
            throw new IllegalArgumentException("price must not be negative (was " + priceKopecks + " kopecks)");
        }
    }
}

package org.kassa.till.sale;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One line of a sale, in kopecks. {@code price} is per unit of {@code measure} (per piece, per kilogram…);
 * the line's subtotal is price × quantity rounded half-up to the kopeck, the only rounding a line ever sees.
 *
 * @param lineNo   1, 2, … in the order the lines were added; a voided line keeps its number
 * @param article  the catalog article, or null for a free-price line
 * @param measure  the Pay API's measure value (PIECE, KILOGRAM, GRAM…)
 * @param vat      the Pay API's tax value (vat20, vat10, none…)
 * @param discount the line's own discount (the basket discount is spread over lines only on the invoice)
 */
public record SaleLine(int lineNo, String article, String barcode, String name, long price, BigDecimal quantity,
                       String measure, String vat, long discount, boolean voided) {

    public static final String PIECE = "PIECE";

    public SaleLine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(measure, "measure");
        if (price < 0) {
            throw new SaleRuleException("price.negative", name);
        }
        if (quantity.signum() <= 0) {
            throw new SaleRuleException("quantity.notPositive", name);
        }
        if (PIECE.equals(measure) && quantity.stripTrailingZeros().scale() > 0) {
            throw new SaleRuleException("quantity.wholePieces", name);
        }
        if (discount < 0 || discount > subTotalOf(price, quantity)) {
            throw new SaleRuleException("discount.outOfRange", name);
        }
    }

    public long subTotal() {
        return subTotalOf(price, quantity);
    }

    public long total() {
        return subTotal() - discount;
    }

    public SaleLine withDiscount(long newDiscount) {
        return new SaleLine(lineNo, article, barcode, name, price, quantity, measure, vat, newDiscount, voided);
    }

    public SaleLine asVoided() {
        return new SaleLine(lineNo, article, barcode, name, price, quantity, measure, vat, discount, true);
    }

    private static long subTotalOf(long price, BigDecimal quantity) {
        return BigDecimal.valueOf(price).multiply(quantity).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}

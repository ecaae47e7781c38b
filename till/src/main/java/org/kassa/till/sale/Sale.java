package org.kassa.till.sale;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kassa.till.catalog.Product;

/**
 * One sale on the till: its lines, discounts and loyalty card, from opening to its end. It is never deleted:
 * it ends paid, cancelled (before any money) or voided (after), always with who and when. Not thread-safe:
 * the {@code Till} serialises every operator action.
 */
public final class Sale {

    private final String id;
    private final String orderId;
    private final Instant openedAt;
    private final boolean training;
    private final List<SaleLine> lines = new ArrayList<>();
    private SaleStatus status = SaleStatus.OPEN;
    private long basketDiscount;
    private LoyaltyCard card;
    private Instant closedAt;
    private String closedBy;

    public Sale(String id, String orderId, Instant openedAt, boolean training) {
        this.id = Objects.requireNonNull(id, "id");
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.training = training;
    }

    /** Rebuilds a stored sale (after a restart). */
    public static Sale restore(String id, String orderId, Instant openedAt, boolean training, List<SaleLine> lines,
                               long basketDiscount, SaleStatus status, Instant closedAt, String closedBy) {
        Sale sale = new Sale(id, orderId, openedAt, training);
        sale.lines.addAll(lines);
        sale.basketDiscount = basketDiscount;
        sale.status = status;
        sale.closedAt = closedAt;
        sale.closedBy = closedBy;
        return sale;
    }

    public SaleLine add(Product product, BigDecimal quantity) {
        return append(new SaleLine(lines.size() + 1, product.article(), product.barcode(), product.name(),
                product.priceKopecks(), quantity, product.measure().name(), product.vat().code(), 0, false));
    }

    /** A line with a price typed by the operator (no catalog entry). */
    public SaleLine addFree(String name, long priceKopecks, String vat) {
        if (name == null || name.isBlank()) {
            throw new SaleRuleException("free.nameMissing");
        }
        return append(new SaleLine(lines.size() + 1, null, null, name.strip(), priceKopecks, BigDecimal.ONE,
                SaleLine.PIECE, vat, 0, false));
    }

    public SaleLine voidLine(int lineNo) {
        return replace(lineNo, line(lineNo).asVoided());
    }

    public SaleLine discountLine(int lineNo, long kopecks) {
        SaleLine updated = replace(lineNo, line(lineNo).withDiscount(kopecks));
        checkBasketDiscount(basketDiscount);
        return updated;
    }

    public void discountBasket(long kopecks) {
        ensureOpen();
        checkBasketDiscount(kopecks);
        basketDiscount = kopecks;
    }

    public void attach(LoyaltyCard newCard) {
        ensureOpen();
        card = newCard;
    }

    public void close(SaleStatus end, String by, Instant at) {
        ensureOpen();
        if (!end.isClosed()) {
            throw new IllegalArgumentException("a sale closes as PAID, CANCELLED or VOIDED, not " + end);
        }
        status = end;
        closedBy = by;
        closedAt = at;
    }

    /** A paid sale whose money went back in full (cancel or refund). */
    public void markVoided(String by, Instant at) {
        status = SaleStatus.VOIDED;
        closedBy = by;
        closedAt = at;
    }

    public Totals totals() {
        long subTotal = 0;
        long lineDiscounts = 0;
        for (SaleLine line : activeLines()) {
            subTotal += line.subTotal();
            lineDiscounts += line.discount();
        }
        return new Totals(subTotal, lineDiscounts, basketDiscount, subTotal - lineDiscounts - basketDiscount);
    }

    public List<SaleLine> lines() {
        return List.copyOf(lines);
    }

    public List<SaleLine> activeLines() {
        return lines.stream().filter(l -> !l.voided()).toList();
    }

    public SaleLine line(int lineNo) {
        if (lineNo < 1 || lineNo > lines.size()) {
            throw new SaleRuleException("line.unknown", lineNo);
        }
        return lines.get(lineNo - 1);
    }

    public String id() {
        return id;
    }

    public String orderId() {
        return orderId;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public boolean training() {
        return training;
    }

    public SaleStatus status() {
        return status;
    }

    public long basketDiscount() {
        return basketDiscount;
    }

    public Optional<LoyaltyCard> card() {
        return Optional.ofNullable(card);
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    private SaleLine append(SaleLine line) {
        ensureOpen();
        lines.add(line);
        return line;
    }

    private SaleLine replace(int lineNo, SaleLine updated) {
        ensureOpen();
        if (line(lineNo).voided()) {
            throw new SaleRuleException("line.voided", lineNo);
        }
        lines.set(lineNo - 1, updated);
        return updated;
    }

    private void checkBasketDiscount(long kopecks) {
        long linesTotal = totals().total() + basketDiscount;
        if (kopecks < 0 || kopecks > linesTotal) {
            throw new SaleRuleException("discount.outOfRange", kopecks);
        }
    }

    private void ensureOpen() {
        if (status.isClosed()) {
            throw new SaleRuleException("sale.closed", orderId);
        }
    }

    @Override
    public String toString() {
        return "Sale[" + orderId + ", " + status + ", lines=" + lines.size() + ", total=" + totals().total() + "]";
    }
}

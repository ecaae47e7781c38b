package org.kassa.till.refund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kassa.payclient.api.Item;
import org.kassa.till.sale.Invoices;
import org.kassa.till.sale.Sale;
import org.kassa.till.sale.SaleLine;
import org.kassa.till.sale.SaleRuleException;
import org.kassa.till.store.RefundRepository.Refunded;

/**
 * Checks the lines asked for against what was sold and what is refunded already (seed 003: lines not sold by
 * the piece only whole; pieces in whole numbers; never more than is left) and prices them from the sale's own
 * invoice items, so the amount is computed, never typed.
 */
final class RefundLines {

    /** One line to refund: its index among the sold items (the Pay API's item order), quantity and amount. */
    record Planned(SaleLine line, int itemIndex, BigDecimal quantity, long amount) {
    }

    private RefundLines() {
    }

    static List<RefundableLine> refundable(Sale sale, Map<Integer, Refunded> before) {
        List<RefundableLine> out = new ArrayList<>();
        for (SaleLine line : sale.activeLines()) {
            BigDecimal refunded = refunded(before, line.lineNo());
            out.add(new RefundableLine(line.lineNo(), line.name(), line.measure(), line.quantity(), refunded,
                    line.quantity().subtract(refunded), line.total()));
        }
        return out;
    }

    static List<Planned> plan(Sale sale, Map<Integer, Refunded> before, List<RefundLineRequest> requested) {
        List<SaleLine> sold = sale.activeLines();
        List<Item> items = Invoices.of(sale).items();
        Map<Integer, BigDecimal> wanted = new LinkedHashMap<>();
        if (requested.isEmpty()) {
            sold.forEach(l -> wanted.put(l.lineNo(), null));
        } else {
            for (RefundLineRequest r : requested) {      // null = all that is left; a line named twice adds up
                BigDecimal sofar = wanted.get(r.lineNo());
                boolean all = r.quantity() == null || wanted.containsKey(r.lineNo()) && sofar == null;
                wanted.put(r.lineNo(), all ? null : sofar == null ? r.quantity() : sofar.add(r.quantity()));
            }
        }
        List<Planned> plan = new ArrayList<>();
        for (Map.Entry<Integer, BigDecimal> e : wanted.entrySet()) {
            int index = indexOf(sold, e.getKey());
            SaleLine line = sold.get(index);
            BigDecimal left = line.quantity().subtract(refunded(before, line.lineNo()));
            BigDecimal qty = e.getValue() == null ? left : e.getValue();
            if (left.signum() <= 0) {
                if (requested.isEmpty()) {
                    continue;
                }
                throw new SaleRuleException("refund.line.tooMuch", line.lineNo(), plain(qty), plain(left));
            }
            if (qty.signum() <= 0 || qty.compareTo(left) > 0) {
                throw new SaleRuleException("refund.line.tooMuch", line.lineNo(), plain(qty), plain(left));
            }
            boolean byPiece = SaleLine.PIECE.equals(line.measure());
            if (!byPiece && qty.compareTo(line.quantity()) != 0) {
                throw new SaleRuleException("refund.line.wholeOnly", line.lineNo(), line.name(),
                        plain(line.quantity()));
            }
            if (byPiece && qty.stripTrailingZeros().scale() > 0) {
                throw new SaleRuleException("refund.line.wholePieces", line.lineNo());
            }
            long total = items.get(index).totalAmount();
            long amount = BigDecimal.valueOf(total).multiply(qty).divide(line.quantity(), 0, RoundingMode.HALF_UP)
                    .longValueExact();
            plan.add(new Planned(line, index, qty, amount));
        }
        if (plan.isEmpty()) {
            throw new SaleRuleException("refund.nothingLeft", sale.orderId());
        }
        return plan;
    }

    /** The plan of a stored refund, from its lines (for a resumed refund's slip). */
    static List<Planned> stored(Sale sale, List<org.kassa.till.store.RefundLineRow> rows) {
        List<SaleLine> sold = sale.activeLines();
        List<Planned> plan = new ArrayList<>();
        for (org.kassa.till.store.RefundLineRow r : rows) {
            int index = indexOf(sold, r.lineNo());
            plan.add(new Planned(sold.get(index), index, r.quantity(), r.amountKopecks()));
        }
        return plan;
    }

    /** True when nothing of the sale is left after this plan. */
    static boolean completesSale(Sale sale, Map<Integer, Refunded> before, List<Planned> plan) {
        for (SaleLine line : sale.activeLines()) {
            BigDecimal now = plan.stream().filter(p -> p.line().lineNo() == line.lineNo()).map(Planned::quantity)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (refunded(before, line.lineNo()).add(now).compareTo(line.quantity()) < 0) {
                return false;
            }
        }
        return true;
    }

    /** True when the plan returns the whole sale and nothing was refunded before: a full refund. */
    static boolean isFull(Sale sale, Map<Integer, Refunded> before, List<Planned> plan) {
        return before.isEmpty() && completesSale(sale, before, plan);
    }

    private static int indexOf(List<SaleLine> sold, int lineNo) {
        for (int i = 0; i < sold.size(); i++) {
            if (sold.get(i).lineNo() == lineNo) {
                return i;
            }
        }
        throw new SaleRuleException("refund.line.unknown", lineNo);
    }

    private static BigDecimal refunded(Map<Integer, Refunded> before, int lineNo) {
        Refunded r = before.get(lineNo);
        return r == null ? BigDecimal.ZERO : r.quantity();
    }

    private static String plain(BigDecimal q) {
        return q.stripTrailingZeros().toPlainString();
    }
}

package org.kassa.payclient.workflow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.kassa.payclient.PaySettings;
import org.kassa.payclient.api.Item;
import org.kassa.payclient.api.RefundRequest;
import org.kassa.payclient.api.RequestIds;
import org.kassa.payclient.tips.OperatorTips;
import org.kassa.payclient.tips.TipCodes;

/**
 * Builds refund requests from the original sale. Full: the same items, the full total. Partial: only the
 * returned lines; a PIECE line may return some whole pieces (amounts in proportion, rounded half-up to the
 * kopeck), any other measure only its whole quantity. Each plan gets its own request id: one plan, one refund.
 */
public final class RefundPlanner {

    private final PaySettings settings;
    private final OperatorTips tips;

    public RefundPlanner(PaySettings settings, OperatorTips tips) {
        this.settings = settings;
        this.tips = tips;
    }

    public RefundRequest full(String transactionId, List<Item> sold) {
        return request(transactionId, List.copyOf(sold));
    }

    public RefundRequest partial(String transactionId, List<Item> sold, List<RefundLine> lines) {
        if (lines.isEmpty()) {
            throw rule(TipCodes.REFUND_NOT_IN_SALE, "no line to refund");
        }
        List<Item> items = new ArrayList<>();
        for (RefundLine line : lines) {
            if (line.itemIndex() < 0 || line.itemIndex() >= sold.size()) {
                throw rule(TipCodes.REFUND_NOT_IN_SALE, "line " + line.itemIndex() + " is not in the sale");
            }
            items.add(part(sold.get(line.itemIndex()), line.quantity()));
        }
        return request(transactionId, items);
    }

    private Item part(Item item, BigDecimal quantity) {
        int cmp = quantity.compareTo(item.quantity());
        if (quantity.signum() <= 0 || cmp > 0) {
            throw rule(TipCodes.REFUND_NOT_IN_SALE, "'" + item.name() + "': " + quantity.toPlainString()
                    + " is not between 0 and the sold " + item.quantity().toPlainString());
        }
        if (cmp == 0) {
            return item;
        }
        if (!item.soldByPiece()) {
            throw rule(TipCodes.REFUND_WHOLE_ONLY, "'" + item.name() + "' is sold by " + item.measureOrPiece()
                    + ": refund all " + item.quantity().toPlainString() + " or none");
        }
        if (quantity.stripTrailingZeros().scale() > 0) {
            throw rule(TipCodes.REFUND_NOT_IN_SALE, "'" + item.name() + "': pieces are whole numbers");
        }
        return new Item(item.name(), item.article(), item.price(), item.currency(), quantity, item.measure(),
                share(item.totalAmount(), quantity, item.quantity()), share(item.discountAmount(), quantity, item.quantity()),
                share(item.subTotalAmount(), quantity, item.quantity()), item.tax(), share(item.taxAmount(), quantity, item.quantity()));
    }

    private static Long share(Long amount, BigDecimal part, BigDecimal whole) {
        if (amount == null) {
            return null;
        }
        return BigDecimal.valueOf(amount).multiply(part).divide(whole, 0, RoundingMode.HALF_UP).longValueExact();
    }

    private RefundRequest request(String transactionId, List<Item> items) {
        long amount = items.stream().mapToLong(Item::totalAmount).sum();
        return new RefundRequest(RequestIds.next(), transactionId, settings.storeId(), settings.terminalId(), amount,
                Item.RUB, items);
    }

    private RefundRuleException rule(String code, String message) {
        return new RefundRuleException(tips.tip(code), message);
    }
}

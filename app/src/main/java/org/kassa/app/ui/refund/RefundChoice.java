package org.kassa.app.ui.refund;

import java.math.BigDecimal;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kassa.till.refund.RefundLineRequest;
import org.kassa.till.refund.RefundableLine;

/**
 * One sold line on the refund screen: ticked or not, and the quantity to return (pieces typed; a weighed line
 * goes back only whole, so its quantity is what is left and not edited).
 */
public final class RefundChoice {

    private final RefundableLine line;
    private final BooleanProperty chosen = new SimpleBooleanProperty();
    private final StringProperty quantity = new SimpleStringProperty();

    RefundChoice(RefundableLine line) {
        this.line = line;
        quantity.set(line.left().stripTrailingZeros().toPlainString());
    }

    public RefundableLine line() {
        return line;
    }

    public boolean weighed() {
        return !"PIECE".equals(line.measure());
    }

    /** False when all of the line has been refunded already. */
    public boolean refundable() {
        return line.left().signum() > 0;
    }

    public BooleanProperty chosen() {
        return chosen;
    }

    /** Pieces as typed; ignored for a weighed line (always all that is left). */
    public StringProperty quantity() {
        return quantity;
    }

    /** What the till is asked to refund; throws NumberFormatException for a quantity that is not a number. */
    RefundLineRequest request() {
        if (weighed()) {
            return new RefundLineRequest(line.lineNo(), null);
        }
        String typed = quantity.get() == null ? "" : quantity.get().strip().replace(',', '.');
        return new RefundLineRequest(line.lineNo(), new BigDecimal(typed));
    }
}

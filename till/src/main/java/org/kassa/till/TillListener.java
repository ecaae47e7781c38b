package org.kassa.till;

import org.kassa.till.sale.Sale;
import org.kassa.till.tender.PaymentRecord;

/** What a screen or a command hears from the till; called on the thread that made the change. */
public interface TillListener {

    default void saleChanged(Sale sale) {
    }

    default void paymentChanged(PaymentRecord payment) {
    }

    /** Something to tell the operator: the key below the till bundle and the text in the till's language. */
    default void notice(String key, String text) {
    }
}

package org.kassa.till;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kassa.till.sale.Sale;
import org.kassa.till.tender.PaymentRecord;
import org.kassa.till.text.TillTexts;

/** Fans the till's changes and operator notices out to its listeners; a failing listener never stops a sale. */
final class Notices {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Notices.class);

    private final List<TillListener> listeners = new CopyOnWriteArrayList<>();
    private final TillTexts texts;

    Notices(TillTexts texts) {
        this.texts = texts;
    }

    void add(TillListener listener) {
        listeners.add(listener);
    }

    void tell(String key, Object... args) {
        String text = texts.get(key, args);
        each(l -> l.notice(key, text));
    }

    void sale(Sale sale) {
        each(l -> l.saleChanged(sale));
    }

    void payment(PaymentRecord payment) {
        each(l -> l.paymentChanged(payment));
    }

    private void each(java.util.function.Consumer<TillListener> call) {
        for (TillListener l : listeners) {
            try {
                call.accept(l);
            } catch (RuntimeException e) {
                LOG.warn("a till listener failed: {}", e.toString());
            }
        }
    }
}

package org.kassa.app.ui.sale;

import java.util.List;
import org.kassa.till.sale.Sale;
import org.kassa.till.sale.SaleLine;
import org.kassa.till.sale.SaleStatus;
import org.kassa.till.sale.Totals;

/**
 * A copy of a sale taken on the thread that changed it (the till's {@code Sale} is not thread-safe), for the
 * FX thread to show.
 *
 * @param cardMasked      the attached loyalty card, masked, or null
 * @param koshelekOffered the card carries a session: Koshelek Pay can be offered
 */
public record SaleSnapshot(String orderId, SaleStatus status, List<SaleLine> lines, Totals totals,
                           String cardMasked, boolean koshelekOffered) {

    public static SaleSnapshot of(Sale sale) {
        return new SaleSnapshot(sale.orderId(), sale.status(), sale.lines(), sale.totals(),
                sale.card().map(c -> c.masked()).orElse(null),
                sale.card().map(c -> c.koshelekPayOffered()).orElse(false));
    }

    public List<SaleLine> activeLines() {
        return lines.stream().filter(l -> !l.voided()).toList();
    }
}

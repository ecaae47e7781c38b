package org.kassa.app.ui.shell;

import java.util.ArrayList;
import java.util.List;
import org.kassa.app.ui.core.UiMessage;
import org.kassa.till.Recovery;

/** What recovery did, one line each, in the till's own words (bundle keys recovery.*). */
final class RecoveryLines {

    private RecoveryLines() {
    }

    static List<UiMessage> of(Recovery.Report report) {
        List<UiMessage> lines = new ArrayList<>();
        for (Recovery.Resolved r : report.resolved()) {
            lines.add(switch (r.outcome()) {
                case "NOT_SENT" -> UiMessage.till("recovery.notSent", r.orderId());
                case "CANCELLED" -> UiMessage.till("recovery.saleCancelled", r.orderId());
                case "PAID" -> UiMessage.till("recovery.reprinted", r.orderId());
                case "PRINT_FAILED" -> UiMessage.ui("recovery.printFailed");
                default -> UiMessage.till("recovery.resumed", r.orderId(), r.outcome());
            });
        }
        return lines;
    }
}

package org.kassa.app.cli.till;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kassa.app.cli.CommandFailure;
import org.kassa.app.cli.ConfigOption;
import org.kassa.app.config.KassaSettings;
import org.kassa.app.till.TillRuntime;
import org.kassa.till.Recovery;
import org.kassa.till.store.StoreOpenException;

/** What the till commands share: opening the till from the validated settings and recovering first. */
final class TillCommands {

    /** Long enough for a resumed payment to be polled to the vendor's 30 s cap and cancelled. */
    static final Duration RECOVERY_WAIT = Duration.ofSeconds(75);

    private TillCommands() {
    }

    static TillRuntime open(ConfigOption config) {
        org.kassa.app.config.ConfigFile file = config.located();
        KassaSettings settings = config.validate(file);
        try {
            TillRuntime runtime = TillRuntime.open(settings);
            ShopAccess.of(file, settings).ifPresent(runtime::useShopStore);
            return runtime;
        } catch (StoreOpenException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    /** Runs {@code work}; a refusal of the till (wrong PIN, no shift, a line refunded already…) becomes exit 1. */
    static int refusals(TillRuntime runtime, java.util.concurrent.Callable<Integer> work) {
        try {
            return work.call();
        } catch (org.kassa.till.sale.SaleRuleException e) {
            throw new CommandFailure(runtime.till().setup().texts().get("sale." + e.key(), e.args()));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    /** Resolves what a previous run left in flight and prints one line per item; true when nothing is left. */
    static boolean recover(TillRuntime runtime, PrintWriter out) {
        Recovery.Report report = runtime.recover(true, RECOVERY_WAIT);
        SaleEvents events = new SaleEvents(out);
        for (Recovery.Resolved r : report.resolved()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("event", "recovered");
            json.put("orderId", r.orderId());
            json.put("paymentId", r.paymentId());
            json.put("outcome", r.outcome());
            events.print(json);
        }
        return report.clean();
    }
}

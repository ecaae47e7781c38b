package org.kassa.app.cli.till;

import java.util.Map;
import java.util.concurrent.Callable;
import org.kassa.app.cli.CommandFailure;
import org.kassa.app.cli.ConfigOption;
import org.kassa.app.config.ConfigException;
import org.kassa.app.till.TillRuntime;
import org.kassa.app.till.TrainingCards;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kassa demo}: a scripted training day, headless (about 40 s: one payment waits for the 30 s cap). */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs a scripted training day on the till against the built-in sandbox: cash with change,",
            "Koshelek Pay by SBP and Dolyame, each loyalty outcome, a declined payment paid in cash, one cancelled",
            "at the 30 s cap; in a shift with a partial and a full refund (supervisor PIN) and X and Z reports.",
            "JSON lines; exit 0 only if every step ended as expected. Training mode only."})
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() throws Exception {
        var settings = config.validate(config.located());
        if (!settings.training()) {
            throw new ConfigException("kassa.mode", settings.source() + ": kassa.mode: '" + settings.mode().propertyValue()
                    + "': kassa demo runs in training mode only; run it without --config or with kassa.mode = "
                    + "training");
        }
        SaleEvents events = new SaleEvents(spec.commandLine().getOut());
        try (TillRuntime runtime = TillRuntime.open(settings)) {
            TillCommands.recover(runtime, spec.commandLine().getOut());
            runtime.till().addListener(events);
            boolean ok;
            try {
                TrainingCards cards = new TrainingCards(settings.totp());
                ok = new TrainingShift(runtime, cards, events)
                        .run(() -> new TrainingDay(runtime.till(), cards, events).run());
            } catch (org.kassa.till.sale.SaleRuleException e) {
                throw new CommandFailure("the demo stopped: " + runtime.till().setup().texts().get("sale." + e.key(),
                        e.args()));
            }
            events.print(Map.of("event", "done", "asExpected", ok));
            if (!ok) {
                throw new CommandFailure("a demo step did not end as expected; see the step lines with \"ok\":false");
            }
            return 0;
        }
    }
}

package org.kassa.app.cli.till;

import java.util.Map;
import java.util.concurrent.Callable;
import org.kassa.app.cli.CommandFailure;
import org.kassa.app.cli.ConfigOption;
import org.kassa.app.till.TillRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kassa recover}: settles whatever a crash left in flight (docs/decisions/0113). */
@Command(name = "recover", mixinStandardHelpOptions = true,
        description = {"Resolves payments, sales and receipts left in flight by a crash: resends a journaled",
            "checkout with the same request id and bytes, polls or cancels, completes paid sales, prints stored",
            "receipts. One JSON line per item; exit 0 when nothing is left pending."})
public final class RecoverCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() {
        try (TillRuntime runtime = TillCommands.open(config)) {
            boolean clean = TillCommands.recover(runtime, spec.commandLine().getOut());
            new SaleEvents(spec.commandLine().getOut()).print(Map.of("event", "recover", "clean", clean,
                    "pendingJournal", runtime.store().journal().pending().size()));
            if (!clean) {
                throw new CommandFailure("a payment is still without an answer from Koshelek Pay; check the "
                        + "network and run 'kassa recover' again");
            }
            return 0;
        }
    }
}

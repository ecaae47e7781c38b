package org.kassa.app.cli.till;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kassa.app.cli.ConfigOption;
import org.kassa.app.till.TillRuntime;
import org.kassa.till.staff.Approval;
import org.kassa.till.staff.Role;
import org.kassa.till.store.ShiftRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kassa shift open|close|status}. The user's PIN comes from the terminal or stdin. */
@Command(name = "shift", mixinStandardHelpOptions = true,
        description = "Shifts: open with the starting cash, close with the counted cash (makes the Z report).",
        subcommands = {ShiftCommand.Open.class, ShiftCommand.Close.class, ShiftCommand.Status.class})
public final class ShiftCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code kassa shift open}. */
    @Command(name = "open", mixinStandardHelpOptions = true,
            description = "Opens the next shift. Standard input: the user's PIN.")
    static final class Open implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        ConfigOption config;
        @Option(names = "--user", required = true, paramLabel = "LOGIN")
        String user;
        @Option(names = "--cash", required = true, paramLabel = "KOPECKS", description = "Cash in the drawer now.")
        long cash;

        @Override
        public Integer call() {
            PinInput pins = new PinInput();
            try (TillRuntime runtime = TillCommands.open(config)) {
                return TillCommands.refusals(runtime, () -> {
                    var staff = runtime.staff();
                    Approval by = staff.verify(user, pins.next("PIN of " + user), Role.OPERATOR, "shift.open", null);
                    ShiftRow shift = runtime.shifts().open(by, cash, runtime.settings().training());
                    new SaleEvents(spec.commandLine().getOut()).print(json(shift));
                    return 0;
                });
            }
        }
    }

    /** {@code kassa shift close}. */
    @Command(name = "close", mixinStandardHelpOptions = true,
            description = {"Closes the open shift with the counted cash and prints its Z report as one JSON line.",
                "Standard input: the user's PIN."})
    static final class Close implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        ConfigOption config;
        @Option(names = "--user", required = true, paramLabel = "LOGIN")
        String user;
        @Option(names = "--counted", required = true, paramLabel = "KOPECKS", description = "Cash counted now.")
        long counted;
        @Option(names = "--csv", paramLabel = "FILE", description = "Also write the Z report as CSV (UTF-8 with BOM).")
        Path csv;
        @Option(names = "--print", description = "Also print the Z report.")
        boolean print;

        @Override
        public Integer call() {
            return closeShift(spec, config, user, counted, csv, print);
        }
    }

    /** {@code kassa shift status}. */
    @Command(name = "status", mixinStandardHelpOptions = true, description = "The open shift, or {\"open\":false}.")
    static final class Status implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        ConfigOption config;

        @Override
        public Integer call() {
            try (TillRuntime runtime = TillCommands.open(config)) {
                SaleEvents out = new SaleEvents(spec.commandLine().getOut());
                runtime.shifts().current().ifPresentOrElse(s -> out.print(json(s)),
                        () -> out.print(Map.of("event", "shift", "open", false)));
                return 0;
            }
        }
    }

    static int closeShift(CommandSpec spec, ConfigOption config, String user, long counted, Path csv, boolean print) {
        PinInput pins = new PinInput();
        try (TillRuntime runtime = TillCommands.open(config)) {
            return TillCommands.refusals(runtime, () -> {
                Approval by = runtime.staff().verify(user, pins.next("PIN of " + user), Role.OPERATOR, "shift.close",
                        null);
                runtime.till().endOfShift();
                ReportOutput.emit(runtime, runtime.shifts().close(by, counted), spec.commandLine().getOut(), csv,
                        print);
                return 0;
            });
        }
    }

    static Map<String, Object> json(ShiftRow s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("event", "shift");
        json.put("open", s.open());
        json.put("number", s.number());
        json.put("openedAt", s.openedAt().toString());
        json.put("openedBy", s.openedBy());
        json.put("startingCash", s.startingCash());
        json.put("training", s.training());
        return json;
    }
}

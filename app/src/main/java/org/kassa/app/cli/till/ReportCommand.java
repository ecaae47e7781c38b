package org.kassa.app.cli.till;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kassa.app.cli.ConfigOption;
import org.kassa.app.till.TillRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code kassa report x|z|store}: the X report of the open shift, a Z report that closes it, a Z reprint, or the
 * shop's report of a day from the central store.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"x: the open shift's X report (changes nothing). z --user LOGIN --counted KOPECKS: closes the",
            "shift and makes its Z report (PIN on stdin). z --shift N: the stored Z report of shift N again.",
            "store --date YYYY-MM-DD: every till's shifts opened that day (shop's time zone) from the central",
            "store, per till and payment type, with the Koshelek lines and the totals.",
            "One JSON line; --csv FILE also writes CSV (RFC 4180, UTF-8 with BOM), --print prints it."})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    ConfigOption config;
    @Parameters(index = "0", paramLabel = "x|z|store")
    String kind;
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "store only: the day of the report.")
    String date;
    @Option(names = "--zone", paramLabel = "ZONE",
            description = "store only: the shop's time zone, e.g. Europe/Moscow (default: this computer's).")
    String zone;
    @Option(names = "--training", description = "store only: the training shifts instead of the real ones.")
    boolean training;
    @Option(names = "--shift", paramLabel = "N", description = "z only: reprint the Z report of shift N.")
    Integer shift;
    @Option(names = "--user", paramLabel = "LOGIN", description = "z only: who closes the shift.")
    String user;
    @Option(names = "--counted", paramLabel = "KOPECKS", description = "z only: the cash counted at the close.")
    Long counted;
    @Option(names = "--csv", paramLabel = "FILE")
    Path csv;
    @Option(names = "--print")
    boolean print;

    @Override
    public Integer call() {
        String which = kind.toLowerCase(Locale.ROOT);
        if (which.equals("store")) {
            return store();
        }
        if (!which.equals("x") && !which.equals("z")) {
            throw new ParameterException(spec.commandLine(), "'" + kind + "' is not a report; allowed: x, z, store");
        }
        if (which.equals("z") && shift == null) {
            if (user == null || counted == null) {
                throw new ParameterException(spec.commandLine(), "a Z report closes the shift: give --user LOGIN and "
                        + "--counted KOPECKS, or --shift N to reprint an old one");
            }
            return ShiftCommand.closeShift(spec, config, user, counted, csv, print);
        }
        try (TillRuntime runtime = TillCommands.open(config)) {
            return TillCommands.refusals(runtime, () -> {
                var shifts = runtime.shifts();
                ReportOutput.emit(runtime, which.equals("x") ? shifts.x() : shifts.z(shift),
                        spec.commandLine().getOut(), csv, print);
                return 0;
            });
        }
    }

    private int store() {
        if (date == null) {
            throw new ParameterException(spec.commandLine(), "the store report needs --date YYYY-MM-DD, e.g. --date "
                    + LocalDate.now());
        }
        LocalDate day;
        ZoneId shop;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--date: '" + date + "' is not a date; write it as "
                    + "YYYY-MM-DD, e.g. " + LocalDate.now());
        }
        try {
            shop = zone == null ? ZoneId.systemDefault() : ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new ParameterException(spec.commandLine(), "--zone: '" + zone + "' is not a time zone; e.g. "
                    + "Europe/Moscow");
        }
        if (print) {
            throw new ParameterException(spec.commandLine(), "the store report is not printed; use --csv FILE");
        }
        return StoreReportOutput.run(config, day, shop, training, spec.commandLine().getOut(), csv);
    }
}

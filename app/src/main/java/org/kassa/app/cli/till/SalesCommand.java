package org.kassa.app.cli.till;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.kassa.app.cli.ConfigOption;
import org.kassa.app.till.TillRuntime;
import org.kassa.till.sale.SaleStatus;
import org.kassa.till.store.SaleRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kassa sales}: the stored sales as JSON lines, the same shape as the last line of {@code kassa sell}. */
@Command(name = "sales", mixinStandardHelpOptions = true,
        description = "Prints the stored sales, oldest first, one JSON line each.")
public final class SalesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(names = "--since", paramLabel = "ISO_DATE", description = "Only sales opened on or after this day, "
            + "e.g. 2026-11-25 (local time) or an instant like 2026-11-25T10:00:00Z.")
    String since;

    @Option(names = "--status", paramLabel = "S", description = "OPEN, PAID, CANCELLED or VOIDED.")
    String status;

    @Override
    public Integer call() {
        Instant from = since == null ? Instant.EPOCH : parseSince();
        SaleStatus wanted = status == null ? null : parseStatus();
        try (TillRuntime runtime = TillCommands.open(config)) {
            SaleEvents events = new SaleEvents(spec.commandLine().getOut());
            for (SaleRow sale : runtime.store().sales().list(from, wanted)) {
                events.print(SaleEvents.sale(sale, runtime.store().payments().forSale(sale.id())));
            }
        }
        return 0;
    }

    private Instant parseSince() {
        try {
            return since.contains("T") ? Instant.parse(since)
                    : LocalDate.parse(since).atStartOfDay(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--since: '" + since
                    + "' is not a date; e.g. 2026-11-25 or 2026-11-25T10:00:00Z");
        }
    }

    private SaleStatus parseStatus() {
        try {
            return SaleStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--status: '" + status + "' is not allowed; allowed: "
                    + Arrays.stream(SaleStatus.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}

package org.kassa.app.cli.till;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.kassa.app.cli.CommandFailure;
import org.kassa.app.cli.ConfigOption;
import org.kassa.app.config.ConfigFile;
import org.kassa.app.config.KassaSettings;
import org.kassa.central.CentralUnavailableException;
import org.kassa.central.refund.ShopStore;
import org.kassa.central.report.StoreReport;
import org.kassa.central.report.StoreReportCsv;

/**
 * {@code kassa report store --date D}: the day's report of every till from the shop's central store
 * (docs/decisions/0175) as one JSON line, and with {@code --csv FILE} as CSV. Needs no till of its own.
 */
final class StoreReportOutput {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private StoreReportOutput() {
    }

    static int run(ConfigOption config, LocalDate date, ZoneId zone, boolean training, PrintWriter out, Path csv) {
        ConfigFile file = config.located();
        KassaSettings settings = config.validate(file);
        ShopStore shop = settings.central().map(c -> ShopStore.at(c.url(), c.user(), c.password())).orElseThrow(() -> new CommandFailure("no central store is "
                + "configured" + (settings.training() ? " (training mode never uses one)" : "")
                + ": set store.central.url (and store.central.user, password) in " + file.source()
                + " to make the store report"));
        StoreReport report;
        try {
            report = shop.reports().day(date, zone, training);
        } catch (CentralUnavailableException e) {
            throw new CommandFailure(e.getMessage());
        }
        try {
            out.println(JSON.writeValueAsString(report));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the store report could not be written as JSON: " + e.getMessage(), e);
        }
        out.flush();
        if (csv != null) {
            try {
                Path parent = csv.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.write(csv, StoreReportCsv.bytes(report));
            } catch (IOException e) {
                throw new CommandFailure("cannot write the CSV file " + csv + " (" + e.getMessage()
                        + "); give --csv a file in a folder this user may write");
            }
        }
        return 0;
    }
}

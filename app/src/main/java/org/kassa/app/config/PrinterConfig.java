package org.kassa.app.config;

import java.time.Duration;
import java.util.Locale;
import org.kassa.printer.PrinterAddress;
import org.kassa.printer.PrinterProfile;
import org.kassa.printer.PrinterProfiles;
import org.kassa.printer.PrinterSettings;

/** Reads the {@code printer.*} settings into the receipt printer's settings. */
public final class PrinterConfig {

    private PrinterConfig() {
    }

    public static PrinterSettings settings(ConfigFile config) {
        PrinterAddress address;
        try {
            address = PrinterAddress.parse(config.string("printer.address"));
        } catch (IllegalArgumentException e) {
            throw config.problem("printer.address", e.getMessage());
        }
        PrinterProfile profile;
        try {
            profile = PrinterProfiles.resolve(config.string("printer.profile"));
        } catch (IllegalArgumentException e) {
            throw config.problem("printer.profile", e.getMessage());
        }
        Duration timeout = Duration.ofMillis(config.integer("printer.timeoutMs", 500, 120_000));
        Locale language = config.choice("printer.language", Language.class).locale();
        return new PrinterSettings(address, profile, timeout, language);
    }
}

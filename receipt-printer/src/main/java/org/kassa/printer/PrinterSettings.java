package org.kassa.printer;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * The receipt printer as configured ({@code printer.*} in kassa.properties).
 *
 * @param address  where the printer is; {@code virtual} in training mode
 * @param profile  the printer model's profile
 * @param timeout  how long one job may take before it fails with TIMEOUT
 * @param language language of the printed labels (Russian by default)
 */
public record PrinterSettings(PrinterAddress address, PrinterProfile profile, Duration timeout, Locale language) {

    public PrinterSettings {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(language, "language");
    }

    /** Opens the configured printer. */
    public Printer open() {
        return Printers.open(address, profile);
    }
}

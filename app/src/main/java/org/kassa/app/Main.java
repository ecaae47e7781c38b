package org.kassa.app;

import org.kassa.app.cli.KassaCli;
import org.kassa.app.config.ConfigException;
import org.kassa.app.config.ConfigFile;
import org.kassa.app.config.TotpConfig;

/**
 * The {@code kassa} launcher. With no arguments it opens the till; with a subcommand it runs the command-line
 * tools without starting JavaFX (so they work on a headless machine).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            try {
                // Refuse a broken configuration before any window opens, with the same one-line message.
                TotpConfig.settings(ConfigFile.locate(null));
            } catch (ConfigException e) {
                System.err.println("kassa: " + e.getMessage());
                System.exit(KassaCli.EXIT_USAGE);
            }
            org.kassa.app.ui.TillLauncher.launch(args);
            return;
        }
        System.exit(KassaCli.execute(args));
    }
}

package org.kassa.app;

import org.kassa.app.cli.KassaCli;

/**
 * The {@code kassa} launcher. With no arguments it opens the till; with a subcommand it runs the command-line
 * tools without starting JavaFX (so they work on a headless machine).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            org.kassa.app.ui.TillLauncher.launch(args);
            return;
        }
        System.exit(KassaCli.execute(args));
    }
}

package org.kassa.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.kassa.app.cli.KassaCli;
import org.kassa.app.config.ConfigException;
import org.kassa.app.config.HostEnvironment;
import org.kassa.app.config.KassaSettings;

/**
 * The {@code kassa} launcher. With no arguments it opens the till; with a subcommand it runs the command-line
 * tools without starting JavaFX (so they work on a headless machine). Either way the whole configuration is
 * validated first (docs/decisions/0090).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, HostEnvironment.system(), out, err));
    }

    /** Runs {@code kassa args} on the given host; returns the exit code (0 also after the window is closed). */
    public static int run(String[] args, HostEnvironment host, PrintWriter out, PrintWriter err) {
        if (args.length > 0) {
            return KassaCli.execute(args, out, err, host);
        }
        KassaSettings settings;
        try {
            settings = KassaSettings.load(null, host);
            org.kassa.app.cli.ops.LogFiles.toDataFolder(settings.dataDir());
        } catch (ConfigException e) {
            err.println("kassa: " + e.getMessage());
            return KassaCli.EXIT_USAGE;
        }
        if (!host.hasDisplay()) {
            err.println(noDisplay("DISPLAY and WAYLAND_DISPLAY are unset"));
            return KassaCli.EXIT_FAILED;
        }
        Optional<String> failure = org.kassa.app.ui.TillLauncher.launch(settings);
        failure.ifPresent(reason -> err.println(noDisplay(reason)));
        return failure.isPresent() ? KassaCli.EXIT_FAILED : 0;
    }

    /** One line: why the window cannot open, and the commands that need no display. */
    static String noDisplay(String why) {
        return "kassa: the till window needs a display (" + why + "); start it in a desktop session, or use a "
                + "command that needs none: kassa --help, kassa " + String.join(", kassa ", KassaCli.commandNames());
    }
}

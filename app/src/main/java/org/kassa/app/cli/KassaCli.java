package org.kassa.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kassa.app.config.Levenshtein;
import org.kassa.app.config.ConfigException;
import org.kassa.app.config.HostEnvironment;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line tools. Every subcommand is listed here, once (docs/decisions/0004). Exit codes: 0 done,
 * 1 the operation failed, 2 a bad flag or configuration value (one line on stderr naming it).
 */
@Command(name = "kassa", mixinStandardHelpOptions = true, versionProvider = KassaVersion.class,
        description = "Kassa till. Without a command it opens the till window (training mode unless configured).",
        subcommands = {
            VerifyBarcodeCommand.class,
            MakeBarcodeCommand.class,
            TokenCommand.class,
            SandboxCommand.class,
            PayDemoCommand.class,
            MealcardCommand.class,
            ScanImageCommand.class,
            ScanCommand.class,
            PrintTestCommand.class,
            org.kassa.app.cli.till.SellCommand.class,
            org.kassa.app.cli.till.SalesCommand.class,
            org.kassa.app.cli.till.RecoverCommand.class,
            org.kassa.app.cli.till.DemoCommand.class,
            CatalogCommand.class,
            JournalCommand.class,
            org.kassa.app.cli.ops.DoctorCommand.class,
            org.kassa.app.cli.ops.SupportBundleCommand.class,
            org.kassa.app.cli.till.UserCommand.class,
            org.kassa.app.cli.till.ShiftCommand.class,
            org.kassa.app.cli.till.RefundCommand.class,
            org.kassa.app.cli.till.ReportCommand.class,
            org.kassa.app.cli.central.SyncCommand.class,
            CommandLine.HelpCommand.class
        })
public final class KassaCli implements Runnable {

    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Names of the commands, e.g. for the message that the till window needs a display. */
    public static java.util.Set<String> commandNames() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>(new CommandLine(new KassaCli()).getSubcommands().keySet());
        names.remove("help");
        return names;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The problem in one line. For unknown options picocli would list every unmatched word, and the word after
     * a mistyped {@code --key} is the secret itself: name only the first unknown option and the suggestions.
     */
    private static String describe(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            String first = unmatched.getUnmatched().isEmpty() ? "?" : unmatched.getUnmatched().get(0);
            if (!first.startsWith("-")) {
                return "unexpected argument (only the options listed in --help are accepted)";
            }
            String option = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            List<String> suggestions = ex.getCommandLine().getCommandSpec().options().stream()
                    .flatMap(o -> java.util.Arrays.stream(o.names()))
                    .filter(known -> Levenshtein.distance(known, option) <= 2).sorted().toList();
            return "unknown option '" + option + "'"
                    + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ", suggestions) + "?");
        }
        return ex.getMessage();
    }

    /** Runs a command with the process's standard streams (UTF-8). */
    public static int execute(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return execute(args, out, err);
    }

    /** Runs a command with the given streams on this process's home and environment. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, HostEnvironment.system());
    }

    /**
     * Runs a command with the given streams; {@code host} is the home folder and environment the configuration
     * lookup sees (tests pass a folder under target/).
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, HostEnvironment host) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine cli = new CommandLine(new KassaCli(), new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> type) throws Exception {
                return type == ConfigOption.class ? (K) new ConfigOption(host) : defaults.create(type);
            }
        });
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            String name = ex.getCommandLine().getCommandSpec().qualifiedName();
            err.println(name + ": " + describe(ex) + " (see '" + name + " --help')");
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof ConfigException) {
                err.println("kassa: " + ex.getMessage());
                return EXIT_USAGE;
            }
            if (ex instanceof CommandFailure) {
                err.println("kassa: " + ex.getMessage());
                return EXIT_FAILED;
            }
            err.println("kassa: unexpected " + ex.getClass().getSimpleName() + ": " + ex.getMessage()
                    + "; please report this with the command you ran");
            return EXIT_FAILED;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}

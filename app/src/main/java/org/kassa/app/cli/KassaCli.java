package org.kassa.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.kassa.app.config.ConfigException;
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
            CommandLine.HelpCommand.class
        })
public final class KassaCli implements Runnable {

    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs a command with the process's standard streams (UTF-8). */
    public static int execute(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return execute(args, out, err);
    }

    /** Runs a command with the given streams; used by tests and by {@link #execute(String[])}. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new KassaCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine cmd = ex.getCommandLine();
            err.println(cmd.getCommandSpec().qualifiedName() + ": " + ex.getMessage()
                    + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
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

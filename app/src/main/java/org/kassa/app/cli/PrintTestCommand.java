package org.kassa.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the module behind it lands; it says so instead of pretending to work. */
@Command(name = "print-test", mixinStandardHelpOptions = true, description = "Prints a code-page test and a sample Koshelek slip.")
public final class PrintTestCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new CommandFailure("'print-test' is not available in this build yet");
    }
}

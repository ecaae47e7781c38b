package org.kassa.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the module behind it lands; it says so instead of pretending to work. */
@Command(name = "scan", mixinStandardHelpOptions = true, description = "Prints codes read from a scanner.")
public final class ScanCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new CommandFailure("'scan' is not available in this build yet");
    }
}

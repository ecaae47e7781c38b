package org.kassa.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the module behind it lands; it says so instead of pretending to work. */
@Command(name = "sandbox", mixinStandardHelpOptions = true, description = "Runs the Koshelek Pay and Craftgate sandbox on 127.0.0.1.")
public final class SandboxCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new CommandFailure("'sandbox' is not available in this build yet");
    }
}

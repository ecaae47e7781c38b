package org.kassa.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the module behind it lands; it says so instead of pretending to work. */
@Command(name = "pay-demo", mixinStandardHelpOptions = true, description = "Runs a payment, a partial and a full refund against a Pay API base URL.")
public final class PayDemoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new CommandFailure("'pay-demo' is not available in this build yet");
    }
}

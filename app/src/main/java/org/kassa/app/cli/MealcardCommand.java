package org.kassa.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the module behind it lands; it says so instead of pretending to work. */
@Command(name = "mealcard", mixinStandardHelpOptions = true, description = "Craftgate meal voucher cards: init, regenerate, complete, verify-callback.")
public final class MealcardCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new CommandFailure("'mealcard' is not available in this build yet");
    }
}

package org.kassa.app.cli;

import org.kassa.app.cli.mealcard.MealcardCompleteCommand;
import org.kassa.app.cli.mealcard.MealcardInitCommand;
import org.kassa.app.cli.mealcard.MealcardRegenerateCommand;
import org.kassa.app.cli.mealcard.VerifyCallbackCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kassa mealcard}: Craftgate meal voucher card storage from the command line. */
@Command(name = "mealcard", mixinStandardHelpOptions = true,
        description = "Craftgate meal voucher cards: init, regenerate, complete (METROPOL), verify-callback. "
                + "Calls print one JSON line; --base-url points them at any Craftgate or sandbox.",
        subcommands = {MealcardInitCommand.class, MealcardRegenerateCommand.class, MealcardCompleteCommand.class,
            VerifyCallbackCommand.class})
public final class MealcardCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

package org.kassa.app.cli.mealcard;

import java.util.concurrent.Callable;
import org.kassa.payclient.craftgate.ApmType;
import org.kassa.payclient.craftgate.InitRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kassa mealcard init}: starts storing a meal card. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Starts storing a meal card; prints {sessionId, additionalAction, htmlContent (decoded), redirectUrl}.")
public final class MealcardInitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CraftgateOptions craftgate;

    @Mixin
    CardDataOptions card;

    @Override
    public Integer call() {
        ApmType apm = card.apm(spec);
        return MealcardCalls.run(spec, craftgate,
                client -> client.init(new InitRequest(apm, card.data(apm, craftgate), craftgate.idempotencyKey)),
                MealcardCalls::step);
    }
}

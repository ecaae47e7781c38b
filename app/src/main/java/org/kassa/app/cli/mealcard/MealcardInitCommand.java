package org.kassa.app.cli.mealcard;

import java.util.concurrent.Callable;
import org.kassa.payclient.craftgate.ApmType;
import org.kassa.payclient.craftgate.InitRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Option(names = "--apm-type", required = true, paramLabel = "TYPE",
            description = "SODEXO, EDENRED, TOKENFLEX, METROPOL, MULTINET or SETCARD.")
    String apmType;

    @Override
    public Integer call() {
        ApmType apm = MealcardCalls.apmType(spec, apmType);
        return MealcardCalls.run(spec, craftgate,
                client -> client.init(new InitRequest(apm, card.data(apm, craftgate), craftgate.idempotencyKey)),
                MealcardCalls::step);
    }
}

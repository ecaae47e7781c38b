package org.kassa.app.cli.mealcard;

import java.util.concurrent.Callable;
import org.kassa.payclient.craftgate.ApmType;
import org.kassa.payclient.craftgate.CardTokenizationData;
import org.kassa.payclient.craftgate.CraftgateClient;
import org.kassa.payclient.craftgate.TokenizationStep;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The shared shape of init and regenerate: card options in, a {@link TokenizationStep} printed as JSON. */
abstract class TokenizationCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CraftgateOptions craftgate;

    @Mixin
    CardDataOptions card;

    @Override
    public Integer call() {
        ApmType apm = card.apm(spec);
        CardTokenizationData data = card.data(apm, craftgate);
        return MealcardCalls.run(spec, craftgate, client -> call(client, apm, data), MealcardCalls::step);
    }

    abstract TokenizationStep call(CraftgateClient client, ApmType apm, CardTokenizationData data);
}

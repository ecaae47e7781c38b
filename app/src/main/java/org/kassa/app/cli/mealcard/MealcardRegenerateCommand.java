package org.kassa.app.cli.mealcard;

import java.util.concurrent.Callable;
import org.kassa.payclient.craftgate.ApmType;
import org.kassa.payclient.craftgate.RegenerateRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kassa mealcard regenerate}: restarts a session. */
@Command(name = "regenerate", mixinStandardHelpOptions = true,
        description = "Restarts a meal-card session; prints the same fields as init.")
public final class MealcardRegenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CraftgateOptions craftgate;

    @Mixin
    CardDataOptions card;

    @Parameters(index = "0", paramLabel = "SESSION_ID", description = "The sessionId printed by init.")
    String sessionId;

    @Override
    public Integer call() {
        ApmType apm = card.apm(spec);
        return MealcardCalls.run(spec, craftgate, client -> client.regenerate(new RegenerateRequest(sessionId, apm,
                card.data(apm, craftgate), craftgate.idempotencyKey)), MealcardCalls::step);
    }
}

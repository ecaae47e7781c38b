package org.kassa.app.cli.mealcard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kassa.payclient.craftgate.ApmType;
import org.kassa.payclient.craftgate.CompleteRequest;
import org.kassa.payclient.craftgate.StoredMealCard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kassa mealcard complete}: finishes a METROPOL session with the SMS code. */
@Command(name = "complete", mixinStandardHelpOptions = true,
        description = "Completes a METROPOL session with the customer's SMS code; prints {sessionId, "
                + "maskedCardNumber, fingerprint, balance}. The training sandbox's code is 123456.")
public final class MealcardCompleteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CraftgateOptions craftgate;

    @Option(names = "--apm-type", paramLabel = "TYPE", defaultValue = "METROPOL",
            description = "Only METROPOL completes (default).")
    String apmType;

    @Option(names = "--code", required = true, paramLabel = "CODE", description = "The SMS validation code.")
    String code;

    @Parameters(index = "0", paramLabel = "SESSION_ID", description = "The sessionId printed by init.")
    String sessionId;

    @Override
    public Integer call() {
        ApmType apm = MealcardCalls.apmType(spec, apmType);
        return MealcardCalls.run(spec, craftgate, client -> client.complete(new CompleteRequest(sessionId, apm, code,
                craftgate.idempotencyKey)), MealcardCompleteCommand::json);
    }

    private static Map<String, Object> json(StoredMealCard card) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sessionId", card.sessionId());
        json.put("maskedCardNumber", card.maskedCardNumber());
        json.put("fingerprint", card.fingerprint());
        json.put("balance", card.balance());
        return json;
    }
}

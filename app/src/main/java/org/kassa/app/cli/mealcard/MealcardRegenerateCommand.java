package org.kassa.app.cli.mealcard;

import org.kassa.payclient.craftgate.ApmType;
import org.kassa.payclient.craftgate.CardTokenizationData;
import org.kassa.payclient.craftgate.CraftgateClient;
import org.kassa.payclient.craftgate.RegenerateRequest;
import org.kassa.payclient.craftgate.TokenizationStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kassa mealcard regenerate}: restarts a session. */
@Command(name = "regenerate", mixinStandardHelpOptions = true,
        description = "Restarts a meal-card session; prints the same fields as init.")
public final class MealcardRegenerateCommand extends TokenizationCommand {

    @Parameters(index = "0", paramLabel = "SESSION_ID", description = "The sessionId printed by init.")
    String sessionId;

    @Override
    TokenizationStep call(CraftgateClient client, ApmType apm, CardTokenizationData data) {
        return client.regenerate(new RegenerateRequest(sessionId, apm, data, craftgate.idempotencyKey));
    }
}

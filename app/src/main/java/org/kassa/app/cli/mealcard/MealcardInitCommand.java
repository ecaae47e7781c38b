package org.kassa.app.cli.mealcard;

import org.kassa.payclient.craftgate.ApmType;
import org.kassa.payclient.craftgate.CardTokenizationData;
import org.kassa.payclient.craftgate.CraftgateClient;
import org.kassa.payclient.craftgate.InitRequest;
import org.kassa.payclient.craftgate.TokenizationStep;
import picocli.CommandLine.Command;

/** {@code kassa mealcard init}: starts storing a meal card. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Starts storing a meal card; prints {sessionId, additionalAction, htmlContent (decoded), redirectUrl}.")
public final class MealcardInitCommand extends TokenizationCommand {

    @Override
    TokenizationStep call(CraftgateClient client, ApmType apm, CardTokenizationData data) {
        return client.init(new InitRequest(apm, data, craftgate.idempotencyKey));
    }
}

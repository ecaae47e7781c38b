package org.kassa.app.cli.mealcard;

import java.net.URI;
import org.kassa.app.config.MealCardConfig;
import org.kassa.payclient.craftgate.ApmType;
import org.kassa.payclient.craftgate.CardTokenizationData;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The APM type and card details of init and regenerate. */
public final class CardDataOptions {

    @Option(names = "--apm-type", required = true, paramLabel = "TYPE",
            description = "SODEXO, EDENRED, TOKENFLEX, METROPOL, MULTINET or SETCARD (for regenerate: as at init).")
    String apmType;

    @Option(names = "--card-number", paramLabel = "DIGITS", description = "Meal card number (METROPOL, EDENRED).")
    String cardNumber;

    @Option(names = "--gsm-number", paramLabel = "DIGITS", description = "Customer's mobile number (METROPOL, TOKENFLEX).")
    String gsmNumber;

    @Option(names = "--user-ref", paramLabel = "TEXT", description = "Merchant's reference for the customer.")
    String userReference;

    @Option(names = "--callback-url", paramLabel = "URL",
            description = "Where Craftgate sends the result (SETCARD, TOKENFLEX, MULTINET, SODEXO); "
                    + "default: mealcard.callbackUrl, else the receiver's address.")
    URI callbackUrl;

    ApmType apm(CommandSpec spec) {
        return MealcardCalls.apmType(spec, apmType);
    }

    CardTokenizationData data(ApmType apm, CraftgateOptions craftgate) {
        URI callback = callbackUrl;
        if (callback == null && apm.needsCallbackUrl()) {
            callback = MealCardConfig.callbackUrl(craftgate.file());
        }
        return new CardTokenizationData(cardNumber, userReference, gsmNumber, callback);
    }
}

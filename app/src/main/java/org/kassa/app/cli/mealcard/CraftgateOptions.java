package org.kassa.app.cli.mealcard;

import java.net.URI;
import java.util.Locale;
import org.kassa.app.cli.ConfigOption;
import org.kassa.app.config.ConfigFile;
import org.kassa.app.config.MealCardConfig;
import org.kassa.payclient.craftgate.CraftgateSettings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where and as whom to call Craftgate: the configuration, overridden by flags. */
public final class CraftgateOptions {

    @Mixin
    ConfigOption config;

    @Option(names = "--base-url", paramLabel = "URL", description = "Craftgate or sandbox base URL (default: mealcard.baseUrl).")
    URI baseUrl;

    @Option(names = "--api-key", paramLabel = "KEY", description = "Merchant API key (default: mealcard.apiKey).")
    String apiKey;

    @Option(names = "--secret-key", paramLabel = "KEY", description = "Merchant secret key (default: mealcard.secretKey).")
    String secretKey;

    @Option(names = "--idempotency-key", paramLabel = "KEY",
            description = "Sent as x-idempotency-key and kept on retries; repeat it to repeat a call safely.")
    String idempotencyKey;

    private ConfigFile loaded;

    ConfigFile file() {
        if (loaded == null) {
            loaded = config.load();
        }
        return loaded;
    }

    CraftgateSettings settings() {
        ConfigFile c = file()
                .withFlag("mealcard.baseUrl", baseUrl == null ? null : baseUrl.toString(), "--base-url")
                .withFlag("mealcard.apiKey", apiKey, "--api-key")
                .withFlag("mealcard.secretKey", secretKey, "--secret-key");
        return MealCardConfig.client(c);
    }

    Locale locale() {
        return Locale.forLanguageTag(file().string("ui.language"));
    }
}

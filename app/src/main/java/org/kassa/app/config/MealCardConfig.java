package org.kassa.app.config;

import java.net.URI;
import java.time.Duration;
import org.kassa.payclient.callback.ReceiverSettings;
import org.kassa.payclient.craftgate.CraftgateSettings;

/** Reads the {@code mealcard.*} settings into the Craftgate client's and the callback receiver's settings. */
public final class MealCardConfig {

    public static final int CALLBACK_KEY_LENGTH = 32;

    private MealCardConfig() {
    }

    public static boolean enabled(ConfigFile config) {
        return config.bool("mealcard.enabled");
    }

    public static CraftgateSettings client(ConfigFile config) {
        return new CraftgateSettings(httpUrl(config, "mealcard.baseUrl"), config.string("mealcard.apiKey"),
                config.string("mealcard.secretKey"),
                Duration.ofMillis(config.integer("mealcard.connectTimeoutMillis", 100, 60_000)),
                Duration.ofMillis(config.integer("mealcard.responseTimeoutMillis", 100, 120_000)),
                config.integer("mealcard.maxAttempts", 1, 5));
    }

    /** The merchant callback key; Craftgate's keys are exactly 32 characters. */
    public static String callbackKey(ConfigFile config) {
        String key = config.string("mealcard.callbackKey");
        if (key.length() != CALLBACK_KEY_LENGTH) {
            throw config.problem("mealcard.callbackKey", "must be exactly " + CALLBACK_KEY_LENGTH
                    + " characters (it has " + key.length() + "); copy the Merchant Callback Key from the Craftgate panel");
        }
        return key;
    }

    /**
     * The receiver of Craftgate callbacks on {@code mealcard.receiver.*}, with the Koshelek postback path off
     * (that one has keys of its own, {@code pay.postback.*}; {@link ReceiverPlan} joins the two on one port).
     */
    public static ReceiverSettings receiver(ConfigFile config) {
        return new ReceiverSettings(config.string("mealcard.receiver.bindAddress"),
                config.integer("mealcard.receiver.port", 1, 65_535), callbackKey(config), "", "",
                config.integer("mealcard.receiver.maxBodyBytes", 1024, 1 << 20),
                Duration.ofSeconds(config.integer("mealcard.receiver.requestTimeoutSeconds", 1, 120)));
    }

    /** The URL sent to Craftgate as callbackUrl: the configured public one, else the receiver's own. */
    public static URI callbackUrl(ConfigFile config) {
        if (config.optional("mealcard.callbackUrl").isPresent()) {
            return httpUrl(config, "mealcard.callbackUrl");
        }
        return URI.create("http://" + config.string("mealcard.receiver.bindAddress") + ":"
                + config.integer("mealcard.receiver.port", 1, 65_535) + ReceiverSettings.CALLBACK_PATH);
    }

    private static URI httpUrl(ConfigFile config, String key) {
        String text = config.string(key);
        try {
            URI uri = new URI(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw config.problem(key, "'" + text + "' is not an http:// or https:// URL");
    }
}

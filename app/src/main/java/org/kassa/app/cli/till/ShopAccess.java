package org.kassa.app.cli.till;

import java.util.Optional;
import org.kassa.app.config.ConfigFile;
import org.kassa.app.config.KassaSettings;
import org.kassa.central.refund.ShopStore;

/**
 * The shop's central store for refunds and the store report, from {@code store.central.url|user|password}
 * (the user and password from KASSA_CENTRAL_USER / KASSA_CENTRAL_PASSWORD when set). Empty when the URL is
 * empty, in training mode, or when this build does not know the keys yet. Once the app's settings carry the
 * central store (issue 14's sync part), this reads {@code settings.central()} instead.
 */
final class ShopAccess {

    static final String URL = "store.central.url";

    private ShopAccess() {
    }

    static Optional<ShopStore> of(ConfigFile config, KassaSettings settings) {
        if (settings.training() || !config.keys().contains(URL)) {
            return Optional.empty();
        }
        Optional<String> url = config.optional(URL);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        String user = Optional.ofNullable(System.getenv("KASSA_CENTRAL_USER"))
                .orElseGet(() -> config.optional("store.central.user").orElse(""));
        String password = Optional.ofNullable(System.getenv("KASSA_CENTRAL_PASSWORD"))
                .orElseGet(() -> config.optional("store.central.password").orElse(""));
        try {
            return Optional.of(ShopStore.at(url.get(), user, password.toCharArray()));
        } catch (IllegalArgumentException e) {
            throw config.problem(URL, e.getMessage());
        }
    }
}

package org.kassa.app.config;

import java.time.Duration;
import java.util.Optional;
import org.kassa.payclient.callback.ReceiverSettings;

/**
 * Reads {@code pay.postback.*}: the receiver of Koshelek Pay postbacks, which a merchant without meal cards
 * needs too (docs/decisions/0091). The settings serve the postback path only; no callback key, so the
 * Craftgate callback path stays closed.
 */
public final class PostbackConfig {

    private PostbackConfig() {
    }

    /** The postback receiver, or empty when {@code pay.postback.enabled} is false. */
    public static Optional<ReceiverSettings> receiver(ConfigFile c) {
        String bindAddress = c.string("pay.postback.bindAddress");
        int port = c.integer("pay.postback.port", 1, 65_535);
        int maxBodyBytes = c.integer("pay.postback.maxBodyBytes", 1024, 1 << 20);
        Duration timeout = Duration.ofSeconds(c.integer("pay.postback.requestTimeoutSeconds", 1, 120));
        if (!c.bool("pay.postback.enabled")) {
            return Optional.empty();
        }
        // Named by the key that turned the postback on: that line is in the merchant's file, the empty one may not be.
        String login = c.optional("pay.postback.login").orElseThrow(() -> c.problem("pay.postback.enabled",
                "is true but pay.postback.login is empty; enter the partner login Koshelek gave you, or set "
                        + "pay.postback.enabled = false"));
        String password = c.optional("pay.postback.password").orElseThrow(() -> c.problem("pay.postback.enabled",
                "is true but pay.postback.password is empty; enter the partner password Koshelek gave you, or set "
                        + "pay.postback.enabled = false"));
        return Optional.of(new ReceiverSettings(bindAddress, port, "", login, password, maxBodyBytes, timeout));
    }
}

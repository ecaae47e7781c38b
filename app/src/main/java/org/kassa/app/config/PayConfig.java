package org.kassa.app.config;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.kassa.payclient.AllowedValues;
import org.kassa.payclient.PaySettings;
import org.kassa.payclient.PollingPolicy;
import org.kassa.payclient.RetryPolicy;
import org.kassa.payclient.tips.OperatorTips;

/** Reads the {@code pay.*} settings into the Pay client's settings; every problem names its key. */
public final class PayConfig {

    private PayConfig() {
    }

    /**
     * The Pay API base URL for {@code kassa.mode}: test or production from configuration; empty in training
     * mode, where the caller starts the built-in sandbox.
     */
    public static Optional<URI> baseUrl(ConfigFile config) {
        return switch (config.choice("kassa.mode", KassaMode.class)) {
            case TRAINING -> Optional.empty();
            case TEST -> Optional.of(url(config, "pay.baseUrl.test"));
            case PRODUCTION -> Optional.of(url(config, "pay.baseUrl.production"));
        };
    }

    /** The client settings against {@code baseUrl} (the configured one, the sandbox, or a flag). */
    public static PaySettings settings(ConfigFile config, URI baseUrl) {
        String storeId = config.string("pay.storeId");
        if (storeId.length() != 36) {
            throw config.problem("pay.storeId", "'" + storeId + "' has " + storeId.length()
                    + " characters; the store id from Koshelek has 36");
        }
        int initial = config.integer("pay.retry.initialBackoffMillis", 0, 10_000);
        int max = config.integer("pay.retry.maxBackoffMillis", 0, 60_000);
        if (max < initial) {
            throw config.problem("pay.retry.maxBackoffMillis", max + " is below pay.retry.initialBackoffMillis ("
                    + initial + "); raise it");
        }
        int first = config.integer("pay.status.firstDelayMillis", 250, 500);
        int interval = config.integer("pay.status.intervalMillis", 250, 60_000);
        int cap = config.integer("pay.status.capMillis", 1_000, 120_000);
        return new PaySettings(baseUrl, config.string("pay.login"), config.string("pay.password"), storeId,
                config.string("pay.terminalId"), config.optional("pay.paymentPurpose").orElse(null),
                Duration.ofMillis(config.integer("pay.connectTimeoutMillis", 100, 30_000)),
                Duration.ofMillis(config.integer("pay.responseTimeoutMillis", 500, 60_000)),
                new RetryPolicy(config.integer("pay.retry.maxAttempts", 1, 10), Duration.ofMillis(initial),
                        Duration.ofMillis(max)),
                new PollingPolicy(Duration.ofMillis(first), Duration.ofMillis(interval), Duration.ofMillis(cap)),
                new AllowedValues(list(config, "pay.allowed.paymentTypes"), list(config, "pay.allowed.statuses")),
                config.bool("pay.availabilityInfo"), config.bool("pay.receipt"));
    }

    /** Operator tips in {@code ui.language} with the configured retry minutes. */
    public static OperatorTips tips(ConfigFile config) {
        return OperatorTips.forLanguage(config.string("ui.language"), config.integer("pay.tips.retryMinutes", 1, 120));
    }

    private static List<String> list(ConfigFile config, String key) {
        List<String> values = Arrays.stream(config.string(key).split(",")).map(String::strip)
                .filter(v -> !v.isEmpty()).distinct().toList();
        if (values.isEmpty()) {
            throw config.problem(key, "lists nothing; give at least one value, comma-separated");
        }
        return values;
    }

    private static URI url(ConfigFile config, String key) {
        String value = config.string(key);
        try {
            URI uri = URI.create(value);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw config.problem(key, "'" + value + "' is not an http(s) URL, e.g. https://api-test.koshelek.app");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw config.problem(key, "'" + value + "' is not a URL, e.g. https://api-test.koshelek.app");
        }
    }
}

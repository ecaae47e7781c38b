package org.kassa.payclient.craftgate;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach Craftgate: base URL (e.g. https://sandbox-api.craftgate.io), the merchant's API and secret
 * keys, timeouts and how many attempts a safe retry may take (1 = never retry). toString hides the keys.
 */
public record CraftgateSettings(URI baseUrl, String apiKey, String secretKey, Duration connectTimeout,
                                Duration responseTimeout, int maxAttempts) {

    public CraftgateSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(responseTimeout, "responseTimeout");
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("baseUrl must start with http:// or https://");
        }
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("maxAttempts must be 1..10");
        }
    }

    /** Defaults: 5 s to connect, 30 s for an answer, 3 attempts. */
    public static CraftgateSettings of(URI baseUrl, String apiKey, String secretKey) {
        return new CraftgateSettings(baseUrl, apiKey, secretKey, Duration.ofSeconds(5), Duration.ofSeconds(30), 3);
    }

    /** The base URL without a trailing slash, as signatures use it. */
    public String baseUrlText() {
        String s = baseUrl.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public String toString() {
        return "CraftgateSettings[baseUrl=" + baseUrl + ", apiKey=" + Redact.present(apiKey) + ", secretKey="
                + Redact.present(secretKey) + ", connectTimeout=" + connectTimeout + ", responseTimeout="
                + responseTimeout + ", maxAttempts=" + maxAttempts + "]";
    }
}

package org.kassa.app.config;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.kassa.central.CentralSettings;

/**
 * Reads {@code store.central.*} (docs/decisions/0172): empty URL = no central store. The user and password may
 * come from KASSA_CENTRAL_USER / KASSA_CENTRAL_PASSWORD, which take the place of the file's values. Training mode
 * never uses a central store. Every problem is one line naming the key; the password is never shown.
 */
final class CentralConfig {

    static final String URL = "store.central.url";
    static final String USER = "store.central.user";
    static final String PASSWORD = "store.central.password";
    static final String USER_VARIABLE = "KASSA_CENTRAL_USER";
    static final String PASSWORD_VARIABLE = "KASSA_CENTRAL_PASSWORD";

    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");
    private static final String EXAMPLE = "jdbc:postgresql://shop-server:5432/kassa?sslmode=verify-full";

    private CentralConfig() {
    }

    static Optional<CentralSettings> settings(ConfigFile c, HostEnvironment host, KassaMode mode) {
        String url = c.optional(URL).orElse("");
        if (url.isEmpty()) {
            return Optional.empty();
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.contains("password=")) {
            throw c.problem(URL, "the value carries a password; remove it from the URL and set " + PASSWORD
                    + " or " + PASSWORD_VARIABLE + " instead");
        }
        if (!url.startsWith("jdbc:postgresql://") || url.length() <= "jdbc:postgresql://".length()) {
            throw c.problem(URL, "'" + url + "' is not a PostgreSQL JDBC URL; allowed: empty (no central store) or "
                    + "jdbc:postgresql://HOST[:PORT]/DATABASE[?sslmode=…], e.g. " + EXAMPLE);
        }
        String path = url.substring("jdbc:postgresql://".length()).split("\\?")[0];
        if (!path.contains("/") || path.endsWith("/") || path.startsWith("/")) {
            throw c.problem(URL, "'" + url + "' names no server or no database; allowed: "
                    + "jdbc:postgresql://HOST[:PORT]/DATABASE, e.g. " + EXAMPLE);
        }
        sslMode(url).filter(m -> !SSL_MODES.contains(m)).ifPresent(m -> {
            throw c.problem(URL, "sslmode '" + m + "' is not allowed; allowed: " + String.join(", ",
                    new java.util.TreeSet<>(SSL_MODES)) + "; did you mean verify-full?");
        });
        String user = host.variable(USER_VARIABLE).orElse(c.optional(USER).orElse(""));
        if (user.isEmpty() && !lower.matches(".*[?&]user=.*")) {
            throw c.problem(USER, "is empty although " + URL + " is set; set it (or " + USER_VARIABLE
                    + ") to the database user of the central store");
        }
        String password = host.variable(PASSWORD_VARIABLE).orElse(c.optional(PASSWORD).orElse(""));
        if (mode == KassaMode.TRAINING) {
            return Optional.empty();
        }
        return Optional.of(new CentralSettings(url, user, password.toCharArray()));
    }

    private static Optional<String> sslMode(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return Optional.empty();
        }
        for (String part : url.substring(q + 1).split("&")) {
            if (part.toLowerCase(Locale.ROOT).startsWith("sslmode=")) {
                return Optional.of(part.substring("sslmode=".length()));
            }
        }
        return Optional.empty();
    }
}

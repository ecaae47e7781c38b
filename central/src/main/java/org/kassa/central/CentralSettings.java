package org.kassa.central;

import java.util.Arrays;
import java.util.Objects;

/**
 * Where the shop's central store is and how to log in: {@code store.central.url|user|password}. TLS is the
 * driver's: {@code ?sslmode=verify-full} in the URL (docs/decisions/0172). The password never reaches
 * {@link #toString()} or a message.
 *
 * @param url      {@code jdbc:postgresql://HOST:PORT/DB[?sslmode=…]}
 * @param user     the database user, or empty to take it from the URL
 * @param password the password, or empty
 */
public record CentralSettings(String url, String user, char[] password) {

    public CentralSettings {
        Objects.requireNonNull(url, "url");
        user = user == null ? "" : user;
        password = password == null ? new char[0] : password.clone();
    }

    /** Connects and brings the central schema up to date. @throws CentralUnavailableException when it cannot */
    public CentralDatabase open() {
        return CentralDatabase.open(url, user, password);
    }

    /** The database as it is, schema untouched: for a look that must change nothing. */
    public CentralDatabase unmigrated() {
        return CentralDatabase.unmigrated(url, user, password);
    }

    /** The server and database only, for messages. */
    public String describe() {
        return url.split("\\?")[0];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CentralSettings c && c.url.equals(url) && c.user.equals(user)
                && Arrays.equals(c.password, password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, user);
    }

    @Override
    public String toString() {
        return "CentralSettings[url=" + describe() + ", user=" + user + ", password=" + (password.length > 0 ? "***"
                : "(none)") + "]";
    }
}

package org.kassa.central;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The shop's central PostgreSQL database (docs/decisions/0170): the till's own schema (the same Flyway
 * migrations, so a till's rows are stored as they are) plus the central tables of {@code classpath:db/central}
 * with their own history table. Connections are made per call: the tills' background work holds none for long.
 * The password never reaches a message or {@link #toString()}.
 */
public final class CentralDatabase implements DataSource {

    /** The central tables' Flyway history, apart from the till schema's {@code flyway_schema_history}. */
    static final String CENTRAL_HISTORY = "central_schema_history";

    private final String url;
    private final Properties credentials;

    private CentralDatabase(String url, Properties credentials) {
        this.url = url;
        this.credentials = credentials;
    }

    /**
     * Connects to the central database at {@code jdbcUrl} and brings both schemas up to date.
     *
     * @throws CentralUnavailableException when the server cannot be reached or refuses the credentials
     */
    public static CentralDatabase open(String jdbcUrl, String user, char[] password) {
        CentralDatabase db = unmigrated(jdbcUrl, user, password);
        db.migrate();
        return db;
    }

    /** The database without touching its schema (for {@code kassa doctor}'s look: connect, nothing else). */
    public static CentralDatabase unmigrated(String jdbcUrl, String user, char[] password) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the central store URL must start with jdbc:postgresql: (got "
                    + jdbcUrl.split("\\?")[0] + "); for example jdbc:postgresql://shop-server:5432/kassa");
        }
        Properties p = new Properties();
        if (user != null && !user.isBlank()) {
            p.setProperty("user", user);
        }
        if (password != null && password.length > 0) {
            p.setProperty("password", new String(password));
        }
        p.setProperty("connectTimeout", "5");
        p.setProperty("socketTimeout", "30");
        return new CentralDatabase(jdbcUrl, p);
    }

    private void migrate() {
        try (Connection c = getConnection()) {
            c.isValid(5);
        } catch (SQLException e) {
            throw new CentralUnavailableException("the central store at " + describe() + " does not answer ("
                    + oneLine(e) + "); check that the server runs, the URL, the user and the password", e);
        }
        try {
            Flyway.configure().dataSource(this).locations("classpath:db/migration").load().migrate();
            Flyway.configure().dataSource(this).locations("classpath:db/central").table(CENTRAL_HISTORY)
                    .baselineOnMigrate(true).baselineVersion("0").load().migrate();
        } catch (FlywayException e) {
            throw new CentralUnavailableException("the central store at " + describe() + " could not be prepared ("
                    + oneLine(e) + "); check that the server runs and the user may create tables", e);
        }
    }

    /** The first line of the deepest message (driver and Flyway messages run over several lines). */
    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(message);
    }

    /** The server and database, without user or password, for messages. */
    public String describe() {
        return url.split("\\?")[0];
    }

    @Override
    public Connection getConnection() throws SQLException {
        return DriverManager.getConnection(url, credentials);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the central store connects with its configured user");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // not used
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // connectTimeout in the properties
    }

    @Override
    public int getLoginTimeout() {
        return 5;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }

    @Override
    public String toString() {
        return "CentralDatabase[" + describe() + "]";
    }
}

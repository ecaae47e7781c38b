package org.kassa.till.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource that opens a new connection per call. For the embedded H2 file database this is cheap, because
 * {@link TillStore} keeps one connection open for its whole life (docs/decisions/0100).
 */
final class UrlDataSource implements DataSource {

    private final String url;
    private final Properties credentials;
    private volatile boolean closed;

    UrlDataSource(String url, Properties credentials) {
        this.url = url;
        this.credentials = credentials;
    }

    /** After this no connection is handed out (for H2 a new one would silently reopen the database). */
    void close() {
        closed = true;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (closed) {
            throw new SQLException("the store is closed");
        }
        return DriverManager.getConnection(url, credentials);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        if (closed) {
            throw new SQLException("the store is closed");
        }
        Properties p = new Properties();
        p.setProperty("user", username);
        p.setProperty("password", password);
        return DriverManager.getConnection(url, p);
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
        // not used
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    /** Never the password (it may be written into a PostgreSQL URL). */
    @Override
    public String toString() {
        return "UrlDataSource[" + TillStore.describe(url) + "]";
    }
}

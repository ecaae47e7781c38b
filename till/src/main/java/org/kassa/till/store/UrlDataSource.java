package org.kassa.till.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The store's connections: for embedded H2 a small pool of sessions (H2's own {@link JdbcConnectionPool}, so the
 * URL's settings are applied once per session, not once per call); for other databases a new connection per
 * call (docs/decisions/0100). After {@link #close()} it hands out nothing.
 */
final class UrlDataSource implements DataSource {

    /** Sessions kept for the till's few threads (UI, workflows, printer, recovery). */
    static final int MAX_POOLED = 8;

    private final String url;
    private final Properties credentials;
    private final JdbcConnectionPool pool;
    private volatile boolean closed;

    UrlDataSource(String url, Properties credentials) {
        this.url = url;
        this.credentials = credentials;
        this.pool = StoreOpening.isH2(url) ? JdbcConnectionPool.create(url, credentials.getProperty("user", ""),
                credentials.getProperty("password", "")) : null;
        if (pool != null) {
            pool.setMaxConnections(MAX_POOLED);
        }
    }

    /** After this no connection is handed out (for H2 a new one would silently reopen the database). */
    void close() {
        closed = true;
        if (pool != null) {
            pool.dispose();
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (closed) {
            throw new SQLException("the store is closed");
        }
        return pool != null ? pool.getConnection() : DriverManager.getConnection(url, credentials);
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

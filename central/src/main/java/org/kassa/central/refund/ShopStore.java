package org.kassa.central.refund;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.kassa.central.report.StoreReports;
import org.kassa.till.refund.RefundReservations;
import org.kassa.till.refund.RemoteSales;

/**
 * The shop's central store as a till's refund desk and the store report use it (docs/decisions/0174, 0175):
 * connections made per call with short timeouts and no schema work, so a till starts and refunds its own sales
 * while the server is away (the outbox sender migrates the schema when it connects). The password never
 * reaches a message or {@link #toString()}.
 */
public final class ShopStore implements DataSource {

    private final String url;
    private final Properties credentials;

    private ShopStore(String url, Properties credentials) {
        this.url = url;
        this.credentials = credentials;
    }

    /** Nothing is connected yet: each use connects (5 s to connect, 30 s per statement at most). */
    public static ShopStore at(String jdbcUrl, String user, char[] password) {
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
        return new ShopStore(jdbcUrl, p);
    }

    public RemoteSales sales() {
        return new CentralSales(this, describe());
    }

    public RefundReservations reservations() {
        return new CentralReservations(this, describe());
    }

    public StoreReports reports() {
        return new StoreReports(this, describe());
    }

    /** The server and database, without user or password. */
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
        return "ShopStore[" + describe() + "]";
    }
}

package org.kassa.central.refund;

import org.kassa.central.CentralDatabase;
import org.kassa.central.report.StoreReports;
import org.kassa.till.refund.RefundReservations;
import org.kassa.till.refund.RemoteSales;

/**
 * The shop's central store as a till's refund desk and the store report use it (docs/decisions/0174, 0175):
 * connections made per call with short timeouts and no schema work ({@link CentralDatabase#unmigrated}), so a
 * till starts and refunds its own sales while the server is away (the outbox sender migrates the schema when it
 * connects). The password never reaches a message or {@link #toString()}.
 */
public final class ShopStore {

    private final CentralDatabase db;

    private ShopStore(CentralDatabase db) {
        this.db = db;
    }

    /** Nothing is connected yet: each use connects (5 s to connect, 30 s per statement at most). */
    public static ShopStore at(String jdbcUrl, String user, char[] password) {
        return new ShopStore(CentralDatabase.unmigrated(jdbcUrl, user, password));
    }

    public RemoteSales sales() {
        return new CentralSales(db, db.describe());
    }

    public RefundReservations reservations() {
        return new CentralReservations(db, db.describe());
    }

    public StoreReports reports() {
        return new StoreReports(db, db.describe());
    }

    /** The server and database, without user or password. */
    public String describe() {
        return db.describe();
    }

    @Override
    public String toString() {
        return "ShopStore[" + describe() + "]";
    }
}

package org.kassa.till.store;

import org.kassa.till.sale.SaleStatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * An upgrade from the first release's data: a database made by schema version 1 only keeps every sale when a
 * newer Kassa opens it, and a copy of it is made first (decision 0152).
 */
class UpgradeFromFirstSchemaTest {

    private static final int SALES = 40;

    @Test
    void aSchemaUpgradeKeepsEverySaleAndLeavesARestorableCopy() throws Exception {
        Path dir = TestStores.freshDir("upgrade");
        String url = TillStore.defaultUrl(dir);
        List<String> orders = firstReleaseDatabase(url);

        UrlDataSource ds = new UrlDataSource(url, StoreOpening.credentials(url));
        StoreOpening.migrate(ds, url, "classpath:db/migration", "classpath:db/upgrade-test");

        assertThat(orderIds(url)).containsExactlyElementsOf(orders);
        assertThat(tableExists(url, "UPGRADE_PROBE")).as("the newer schema was applied").isTrue();
        List<Path> copies = backups(dir);
        assertThat(copies).hasSize(1);
        assertThat(copies.get(0).getFileName().toString()).startsWith("kassa-schema-1-").endsWith(".zip");

        // The copy is the database as it was: unzipped elsewhere it opens at schema 1 with every sale.
        Path restored = TestStores.freshDir("restored");
        unzip(copies.get(0), restored);
        String restoredUrl = TillStore.defaultUrl(restored);
        assertThat(orderIds(restoredUrl)).containsExactlyElementsOf(orders);
        assertThat(tableExists(restoredUrl, "UPGRADE_PROBE")).isFalse();
    }

    @Test
    void theCurrentKassaOpensAFirstReleaseDatabaseWithEverySale() throws Exception {
        Path dir = TestStores.freshDir("first-release");
        List<String> orders = firstReleaseDatabase(TillStore.defaultUrl(dir));
        boolean codeHasNewerSchema;
        try (TillStore store = TillStore.open(dir)) {
            for (String order : orders) {
                assertThat(store.sales().findByOrderId(order)).as(order).isPresent();
            }
            // The history is queued once for a central store (V3, decision 0171), oldest sale first.
            assertThat(store.outbox().pending(SALES + 10)).extracting(OutboxRow::kind).containsOnly(OutboxKind.SALE)
                    .hasSize(SALES);
            codeHasNewerSchema = Flyway.configure().dataSource(store.dataSource()).load().info().all().length > 1;
        }
        // A copy only when the schema changed: opening a database of the same version copies nothing.
        assertThat(backups(dir)).hasSize(codeHasNewerSchema ? 1 : 0);
        try (TillStore again = TillStore.open(dir)) {
            assertThat(again.sales().list(Instant.EPOCH, SaleStatus.PAID)).hasSize(SALES);
        }
        assertThat(backups(dir)).hasSize(codeHasNewerSchema ? 1 : 0);
    }

    /** A database as the first release left it: schema version 1 and paid sales written with plain SQL. */
    private static List<String> firstReleaseDatabase(String url) throws SQLException {
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("1").load().migrate();
        List<String> orders = new ArrayList<>();
        try (Connection c = connect(url); PreparedStatement insert = c.prepareStatement("INSERT INTO sale (id, "
                + "till_id, order_id, status, opened_at, closed_at, total_kopecks, discount_kopecks, training) "
                + "VALUES (?, 'till-0000001', ?, 'PAID', ?, ?, ?, 0, FALSE)")) {
            for (int i = 0; i < SALES; i++) {
                String order = String.format("order-%04d", i);
                insert.setString(1, String.format("00000000-0000-4000-8000-%012d", i));
                insert.setString(2, order);
                insert.setObject(3, java.time.OffsetDateTime.parse("2026-01-01T10:00:00Z").plusMinutes(i));
                insert.setObject(4, java.time.OffsetDateTime.parse("2026-01-01T10:00:30Z").plusMinutes(i));
                insert.setLong(5, 1000L + i);
                insert.executeUpdate();
                orders.add(order);
            }
        }
        return orders;
    }

    private static List<String> orderIds(String url) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = connect(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT order_id FROM sale ORDER BY order_id")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static boolean tableExists(String url, String table) throws SQLException {
        try (Connection c = connect(url); ResultSet rs = c.getMetaData().getTables(null, null, table, null)) {
            return rs.next();
        }
    }

    private static Connection connect(String url) throws SQLException {
        Properties p = StoreOpening.credentials(url);
        return DriverManager.getConnection(url, p);
    }

    private static List<Path> backups(Path dir) throws IOException {
        Path folder = dir.resolve(StoreBackup.FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                Path target = into.resolve(e.getName()).normalize();
                assertThat(target).startsWithRaw(into);
                Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}

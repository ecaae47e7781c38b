package org.kassa.till.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.kassa.till.catalog.Measure;
import org.kassa.till.catalog.Product;
import org.kassa.till.catalog.Vat;
import org.junit.jupiter.api.Test;

class TillStoreTest {

    private static final Product MILK = new Product("1001", "4601234000017", "Молоко", 8990, Measure.PIECE, Vat.VAT10);

    @Test
    void migratesAnEmptyFolderToTheWholeSchema() throws SQLException {
        Path dir = TestStores.freshDir("empty");
        try (TillStore store = TillStore.open(dir)) {
            assertThat(dir.resolve("kassa.mv.db")).exists();
            assertThat(tables(store)).contains("PRODUCT", "SALE", "SALE_LINE", "PAYMENT", "PAYMENT_OPERATION",
                    "JOURNAL", "PRINT_JOB", "LOYALTY_SCAN", "MEAL_CARD", "TILL_SETTING", "flyway_schema_history");
            assertThat(schemaVersions(store)).containsExactly("1", "2", "3");
        }
    }

    @Test
    void reopeningKeepsTheDataAndDoesNotMigrateAgain() throws SQLException {
        Path dir = TestStores.freshDir("reopen");
        String tillId;
        try (TillStore store = TillStore.open(dir)) {
            store.products().upsert(MILK);
            tillId = store.settings().tillId();
        }
        try (TillStore store = TillStore.open(dir)) {
            assertThat(store.products().byArticle("1001")).contains(MILK);
            assertThat(store.settings().tillId()).isEqualTo(tillId).matches("till-[0-9a-f]{8}");
            assertThat(schemaVersions(store)).containsExactly("1", "2", "3");
        }
    }

    @Test
    void aSecondStoreOnTheSameFileFailsWithOneClearMessage() {
        Path dir = TestStores.freshDir("twice");
        try (TillStore first = TillStore.open(dir)) {
            assertThatThrownBy(() -> TillStore.open(dir)).isInstanceOf(StoreOpenException.class)
                    .hasMessageContaining(dir.resolve("kassa").toString()).hasMessageContaining("already open");
            assertThat(first.products().list()).isEmpty();
        }
        TillStore.open(dir).close();
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsNamedWithTheFix() throws Exception {
        Path file = TestStores.freshDir("notafolder").resolve("plain-file");
        Files.writeString(file, "not a folder");
        Path dir = file.resolve("data");
        assertThatThrownBy(() -> TillStore.open(dir)).isInstanceOf(StoreOpenException.class)
                .hasMessageContaining("cannot create the till data folder " + dir)
                .hasMessageContaining("--data-dir");
    }

    @Test
    void aDatabaseWrittenByANewerKassaIsRefused() throws SQLException {
        Path dir = TestStores.freshDir("newer");
        try (TillStore store = TillStore.open(dir); Connection c = store.dataSource().getConnection();
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES "
                    + "(99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'sa', 1, TRUE)");
        }
        assertThatThrownBy(() -> TillStore.open(dir)).isInstanceOf(StoreOpenException.class)
                .hasMessageContaining("schema version 99").hasMessageContaining("newer than this Kassa knows (up to 3)")
                .hasMessageContaining("install the newer Kassa");
    }

    @Test
    void aClosedStoreFailsEveryCallWithAStoreException() {
        TillStore store = TillStore.open(TestStores.freshDir("closed"));
        store.close();
        store.close();
        assertThatThrownBy(() -> store.products().list()).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot list the products in the till database jdbc:h2:file:");
    }

    @Test
    void passwordsInUrlsNeverReachMessages() {
        assertThat(TillStore.describe("jdbc:postgresql://db/kassa?user=till&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/kassa?user=till&password=***&ssl=true");
    }

    private static List<String> tables(TillStore store) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection();
             ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private static List<String> schemaVersions(TillStore store) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }
}

package org.kassa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.till.sale.SaleStatus;
import org.kassa.till.store.SaleRow;
import org.kassa.till.store.TillStore;
import org.kassa.till.testing.ThrowawayPostgres;

/**
 * {@code kassa sync}, {@code kassa catalog import --central} and the doctor's central check against a real
 * PostgreSQL 15 and the till's real H2 file (decision 0171).
 */
class SyncCommandTest {

    private static ThrowawayPostgres postgres;

    Path dir;
    String database;

    @BeforeAll
    static void startServer() throws Exception {
        postgres = ThrowawayPostgres.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @BeforeEach
    void freshTillAndDatabase() throws Exception {
        dir = Files.createDirectories(Path.of("target", "sync-command", UUID.randomUUID().toString())).toAbsolutePath();
        database = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(postgres.url("postgres")); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
    }

    @Test
    void syncPrintsEachRecordSentThenTheTotalsAndExitsZero() throws Exception {
        List<String> records = tillWithAShiftAndAPaidSale();
        Path config = config("jdbc:postgresql://127.0.0.1:" + postgres.port() + "/" + database);

        Cli.Run run = Cli.inProcess("sync", "--config", config.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        List<JsonNode> lines = jsonLines(run.out());
        assertThat(lines).hasSize(3);
        assertThat(lines.subList(0, 2)).extracting(l -> l.get("event").asText()).containsOnly("sent");
        assertThat(lines.subList(0, 2)).extracting(l -> l.get("kind").asText() + ":" + l.get("id").asText())
                .containsExactlyElementsOf(records);
        assertThat(lines.get(0).get("seq").asLong()).isLessThan(lines.get(1).get("seq").asLong());
        assertThat(lines.get(2).toString()).isEqualTo("{\"event\":\"synced\",\"sent\":2,\"pending\":0,\"productsPulled\":0}");
        assertThat(central("SELECT status FROM sale")).containsExactly("PAID");

        Cli.Run again = Cli.inProcess("sync", "--config", config.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out().strip()).isEqualTo("{\"event\":\"synced\",\"sent\":0,\"pending\":0,\"productsPulled\":0}");
    }

    @Test
    void withTheServerAwaySyncSaysSoInOneLineAndExitsOne() throws Exception {
        tillWithAShiftAndAPaidSale();
        Path config = config("jdbc:postgresql://127.0.0.1:1/kassa");

        Cli.Run run = Cli.inProcess("sync", "--config", config.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).startsWith("kassa: ").contains("127.0.0.1:1/kassa").doesNotContain("\n")
                .doesNotContain("central-pw");
    }

    @Test
    void withoutACentralStoreSyncNamesTheKeyToSet() throws Exception {
        Path config = Cli.config(dir, "kassa.mode = test", "kassa.dataDir = " + dir.resolve("data"));
        Cli.Run run = Cli.inProcess("sync", "--config", config.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("kassa: no central store configured; set store.central.url (e.g. "
                + "jdbc:postgresql://shop-server:5432/kassa)");
    }

    @Test
    void aCatalogImportedCentrallyReachesTheTillOnItsNextSync() throws Exception {
        Path config = config("jdbc:postgresql://127.0.0.1:" + postgres.port() + "/" + database);
        Path csv = Files.writeString(dir.resolve("catalog.csv"), "article,barcode,name,price,measure,vat\n"
                + "T-1,4600000000107,Чай чёрный,250.00,PIECE,vat20\nT-2,,Сахар,89.90,KILOGRAM,vat10\n");

        Cli.Run imported = Cli.inProcess("catalog", "import", csv.toString(), "--central", "--config", config.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.json().get("imported").asInt()).isEqualTo(2);

        Cli.Run sync = Cli.inProcess("sync", "--config", config.toString());
        assertThat(sync.exit()).as(sync.err()).isZero();
        assertThat(sync.out()).contains("\"productsPulled\":2");
        try (TillStore store = TillStore.open(dir.resolve("data"))) {
            assertThat(store.products().byBarcode("4600000000107")).hasValueSatisfying(p ->
                    assertThat(p.priceKopecks()).isEqualTo(25_000));
        }
    }

    @Test
    void doctorReportsTheCentralStoreAndWhatIsNotSentYet() throws Exception {
        tillWithAShiftAndAPaidSale();
        Path up = config("jdbc:postgresql://127.0.0.1:" + postgres.port() + "/" + database);
        JsonNode ok = central(Cli.inProcess("doctor", "--json", "--config", up.toString()));
        assertThat(ok.get("status").asText()).isEqualTo("ok");
        assertThat(ok.get("detail").asText()).contains("answers; records not sent: 2, the oldest 0 min");

        Path away = config("jdbc:postgresql://127.0.0.1:1/kassa");
        Cli.Run run = Cli.inProcess("doctor", "--json", "--config", away.toString());
        assertThat(run.exit()).isEqualTo(1);
        JsonNode problem = central(run);
        assertThat(problem.get("status").asText()).isEqualTo("problem");
        assertThat(problem.get("detail").asText()).contains("127.0.0.1:1/kassa does not answer")
                .contains("records not sent: 2");
        assertThat(problem.get("fix").asText()).contains("KASSA_CENTRAL_PASSWORD");
        assertThat(run.out()).doesNotContain("central-pw");
    }

    private static JsonNode central(Cli.Run run) {
        for (JsonNode check : run.json().get("checks")) {
            if (check.get("check").asText().equals("central")) {
                return check;
            }
        }
        throw new AssertionError("no central check in " + run.out());
    }

    /** A shift opened and a sale paid in the till's own store; returns "KIND:id" in the order they happened. */
    private List<String> tillWithAShiftAndAPaidSale() {
        try (TillStore store = TillStore.open(dir.resolve("data"))) {
            String tillId = store.settings().tillId();
            String shift = store.shifts().open(tillId, Instant.now(), "admin", 0, false).id();
            SaleRow sale = SaleRow.open(UUID.randomUUID().toString(), tillId, tillId + "-000001", Instant.now(), false);
            store.sales().insert(sale);
            store.sales().update(sale.closed(SaleStatus.PAID, Instant.now(), "olga"));
            return List.of("SHIFT:" + shift, "SALE:" + sale.id());
        }
    }

    private Path config(String url) throws Exception {
        return Cli.config(dir, "kassa.mode = test", "ui.language = en", "kassa.dataDir = " + dir.resolve("data"),
                "store.central.url = " + url, "store.central.user = kassa", "store.central.password = central-pw");
    }

    private List<String> central(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(postgres.url(database)); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    private static List<JsonNode> jsonLines(String out) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.strip().split("\n")) {
            lines.add(Json.mapper().readTree(line));
        }
        return lines;
    }
}

package org.kassa.central;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.till.Till;
import org.kassa.till.catalog.Measure;
import org.kassa.till.catalog.Product;
import org.kassa.till.catalog.Vat;
import org.kassa.till.store.OutboxKind;
import org.kassa.till.store.OutboxRow;
import org.kassa.till.testing.ThrowawayPostgres;
import org.kassa.till.testing.TillRig;
import org.slf4j.LoggerFactory;

/**
 * The till's outbox reaching a real PostgreSQL 15 (decision 0171): sales made while the server is stopped arrive
 * after its restart exactly once and in order; a batch sent twice is stored once; the catalog comes back.
 */
class CentralSyncTest {

    private static ThrowawayPostgres postgres;

    TillRig rig;
    Till till;
    CentralSettings central;

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
    void start() throws Exception {
        rig = new TillRig("central");
        till = rig.till();
        central = CentralFixture.freshDatabase(postgres);
    }

    @AfterEach
    void stop() {
        till.close();
        rig.close();
    }

    @Test
    void salesMadeWhileTheServerIsStoppedArriveAfterItsRestartExactlyOnce() throws Exception {
        ch.qos.logback.classic.Logger log = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(CentralSync.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        log.addAppender(events);
        log.setLevel(Level.INFO);
        List<String> sales = new ArrayList<>();
        try (CentralSync sync = CentralSync.start(central, rig.store, rig.setup.tillId())) {
            sales.add(sellForCash("4601234000017"));
            assertThat(CentralFixture.waitFor(Duration.ofSeconds(30), () -> rig.store.outbox().backlog().count() == 0))
                    .as("the first sale reaches the running server").isTrue();

            postgres.stop();
            try {
                for (int i = 0; i < 3; i++) {
                    sales.add(sellForCash("4601234000024"));   // returns although the server is stopped
                }
                assertThat(rig.store.outbox().backlog().count()).isGreaterThanOrEqualTo(3);
                assertThat(CentralFixture.waitFor(Duration.ofSeconds(30), sync::away)).isTrue();
                Thread.sleep(3_000);   // several tries while away: still one WARN
            } finally {
                postgres.restart();
            }
            assertThat(CentralFixture.waitFor(Duration.ofSeconds(90), () -> rig.store.outbox().backlog().count() == 0))
                    .as("the backlog drains after the restart").isTrue();
        } finally {
            log.detachAppender(events);
            log.setLevel(null);
        }
        List<String> stored = CentralFixture.column(central, "SELECT id FROM sale WHERE status = 'PAID' ORDER BY closed_at");
        assertThat(stored).containsExactlyElementsOf(sales);
        assertThat(CentralFixture.column(central, "SELECT COUNT(*) FROM payment")).containsExactly("4");
        assertThat(CentralFixture.column(central, "SELECT last_seq FROM central_till WHERE till_id = 'T01'"))
                .containsExactly(String.valueOf(lastSeq()));
        assertThat(events.list).filteredOn(e -> e.getLevel() == Level.WARN).hasSize(1);
        assertThat(events.list).filteredOn(e -> e.getLevel() == Level.INFO
                && e.getFormattedMessage().contains("answers again")).hasSize(1);
    }

    @Test
    void recordsArriveInTheTillsOrderAndABatchSentTwiceIsStoredOnce() throws Exception {
        String first = sellForCash("4601234000017");
        String second = sellForCash("4601234000024");
        List<CentralSync.Sent> heard = new ArrayList<>();
        CentralSync sync = CentralSync.manual(central, rig.store, rig.setup.tillId());
        CentralSync.Result result = sync.syncNow(heard::add);

        assertThat(result.sent()).isEqualTo(heard.size());
        assertThat(result.pending()).isZero();
        assertThat(heard).extracting(CentralSync.Sent::seq).isSorted().doesNotHaveDuplicates();
        assertThat(heard).filteredOn(s -> s.kind() == OutboxKind.SALE).extracting(CentralSync.Sent::id)
                .containsExactly(first, second);
        List<String> linesBefore = CentralFixture.column(central, "SELECT sale_id || '/' || line_no FROM sale_line ORDER BY 1");

        // A crash after the central commit, before the till marked the rows sent: the same batch goes again.
        execute("UPDATE outbox SET sent_at = NULL");
        assertThat(sync.syncNow(heard::add).sent()).as("already there: skipped by last_seq").isZero();
        // Even past last_seq (the central row lost), the upsert stores each row once.
        CentralFixture.execute(central, "UPDATE central_till SET last_seq = 0");
        execute("UPDATE outbox SET sent_at = NULL");
        assertThat(sync.syncNow(r -> { }).sent()).isEqualTo(result.sent());

        assertThat(CentralFixture.column(central, "SELECT id FROM sale ORDER BY closed_at")).containsExactly(first, second);
        assertThat(CentralFixture.column(central, "SELECT sale_id || '/' || line_no FROM sale_line ORDER BY 1"))
                .isEqualTo(linesBefore).hasSize(2);
        assertThat(CentralFixture.column(central, "SELECT COUNT(*) FROM payment")).containsExactly("2");
    }

    @Test
    void aSaleVoidedCentrallyIsNeverTurnedBackToPaidByAnOlderCopy() throws Exception {
        String sale = sellForCash("4601234000017");
        CentralSync sync = CentralSync.manual(central, rig.store, rig.setup.tillId());
        sync.syncNow(r -> { });
        CentralFixture.execute(central, "UPDATE sale SET status = 'VOIDED' WHERE id = '" + sale + "'");
        CentralFixture.execute(central, "UPDATE central_till SET last_seq = 0");
        execute("UPDATE outbox SET sent_at = NULL");

        sync.syncNow(r -> { });
        assertThat(CentralFixture.column(central, "SELECT status FROM sale")).containsExactly("VOIDED");
    }

    @Test
    void aCatalogChangeInTheCentralStoreReachesTheTill() throws Exception {
        CentralSync sync = CentralSync.manual(central, rig.store, rig.setup.tillId());
        Product milk = rig.store.products().byBarcode("4601234000017").orElseThrow();
        Product dearer = new Product(milk.article(), milk.barcode(), milk.name(), milk.priceKopecks() + 1_000,
                milk.measure(), milk.vat());
        Product tea = new Product("T-100", "4600000000107", "Чай", 25_000, Measure.PIECE, Vat.VAT20);
        assertThat(CentralCatalog.importProducts(central.open(), List.of(dearer, tea)))
                .isEqualTo(new CentralCatalog.Count(2, 0, 0));

        assertThat(sync.syncNow(r -> { }).productsPulled()).isEqualTo(2);
        assertThat(rig.store.products().byBarcode("4601234000017")).contains(dearer);
        assertThat(rig.store.products().byArticle("T-100")).contains(tea);
        assertThat(sync.syncNow(r -> { }).productsPulled()).as("nothing changed since").isZero();
        assertThat(CentralCatalog.importProducts(central.open(), List.of(dearer, tea)))
                .isEqualTo(new CentralCatalog.Count(0, 0, 2));

        till.scan("4601234000017");
        assertThat(till.sale().totals().total()).isEqualTo(dearer.priceKopecks());
    }

    @Test
    void syncWithTheServerAwaySaysSoAndKeepsTheRecordsPending() throws Exception {
        sellForCash("4601234000017");
        CentralSettings nowhere = new CentralSettings("jdbc:postgresql://127.0.0.1:1/kassa", "kassa",
                "secret-pw".toCharArray());
        long pending = rig.store.outbox().backlog().count();
        assertThatThrownBy(() -> CentralSync.manual(nowhere, rig.store, rig.setup.tillId()).syncNow(r -> { }))
                .isInstanceOf(CentralUnavailableException.class).hasMessageContaining("127.0.0.1:1/kassa")
                .hasMessageNotContaining("secret-pw");
        assertThat(rig.store.outbox().backlog().count()).isEqualTo(pending).isPositive();
    }

    private String sellForCash(String barcode) {
        till.scan(barcode);
        return till.payCash(100_000).saleId();
    }

    private long lastSeq() {
        List<OutboxRow> none = rig.store.outbox().pending(1);
        assertThat(none).isEmpty();
        try (var c = rig.store.dataSource().getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT MAX(seq) FROM outbox")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) throws Exception {
        try (var c = rig.store.dataSource().getConnection(); var s = c.createStatement()) {
            s.execute(sql);
        }
    }
}

package org.kassa.app.central;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kassa.app.central.ThreeTillsTest.Till;
import org.kassa.app.crash.ChildJvm;
import org.kassa.app.crash.CrashRig;
import org.kassa.till.store.SaleRow;
import org.kassa.till.store.TillStore;

/**
 * The end of the three-till day, checked against oracles of their own: each till's local H2 store (the source of
 * truth for its sales), the central tables read with plain SQL, and the Z reports the tills printed.
 */
final class StoreAgreement {

    private static final Duration SYNC_WAIT = Duration.ofSeconds(90);

    private final CrashRig rig;
    private final CentralView central;
    private final Path shop;

    StoreAgreement(CrashRig rig, CentralView central, Path shop) {
        this.rig = rig;
        this.central = central;
        this.shop = shop;
    }

    /** {@code kassa sync} on every till at once (the shift closes and Z reports): exit 0, nothing pending. */
    void syncEveryTill(List<Till> tills) throws Exception {
        List<ChildJvm> syncs = new ArrayList<>();
        try {
            for (Till till : tills) {
                syncs.add(ChildJvm.start("sync-" + till.no(), till.dir(), List.of(), "sync", "--config",
                        till.config().toString()));
            }
            for (ChildJvm sync : syncs) {
                assertThat(sync.awaitExit(SYNC_WAIT)).as("kassa sync exit code\n%s", sync.report()).isEqualTo(0);
                List<JsonNode> lines = sync.jsonLines();
                assertThat(lines).as(sync.report()).isNotEmpty();
                JsonNode last = lines.get(lines.size() - 1);
                assertThat(last.path("event").asText()).as(sync.report()).isEqualTo("synced");
                assertThat(last.path("pending").asLong(-1)).as("left pending\n%s", sync.report()).isZero();
            }
        } finally {
            for (ChildJvm sync : syncs) {
                sync.close();
            }
        }
    }

    /** Sales and payments in the central store = the union of the tills' stores, no id twice. */
    void assertEverySaleOnce(List<Till> tills) throws Exception {
        List<String> localSales = new ArrayList<>();
        List<String> localPayments = new ArrayList<>();
        for (Till till : tills) {
            try (TillStore store = TillStore.open(rig.settings(till.config()).jdbcUrl())) {
                for (SaleRow sale : store.sales().list(Instant.EPOCH, null)) {
                    localSales.add(sale.id());
                    store.payments().forSale(sale.id()).forEach(p -> localPayments.add(p.id()));
                }
            }
        }
        assertThat(localSales).as("sales sold in all").hasSizeGreaterThan(3 * 10);
        assertThat(central.ids("sale", "id")).as("central sales: the union of the tills' sales, each once")
                .containsExactlyInAnyOrderElementsOf(localSales);
        assertThat(central.ids("payment", "id")).as("central payments: the union of the tills' payments, each once")
                .containsExactlyInAnyOrderElementsOf(localPayments);
    }

    /**
     * Each till's Z report (group SALE) equals its paid sales in the central tables, and {@code kassa report
     * store} for the day equals the sum of the Z reports.
     */
    void assertStoreReportEqualsZReports(List<Till> tills, List<JsonNode> zReports) throws Exception {
        Map<String, long[]> centralPaid = central.paidTotalsByTill();
        Map<String, long[]> zSales = new HashMap<>();
        for (JsonNode z : zReports) {
            long count = 0;
            long amount = 0;
            for (JsonNode total : z.path("totals")) {
                if ("SALE".equals(total.path("group").asText())) {
                    count += total.path("count").asLong();
                    amount += total.path("amount").asLong();
                }
            }
            zSales.put(z.path("tillId").asText(), new long[] {count, amount});
        }
        assertThat(zSales.keySet()).hasSize(tills.size());
        zSales.forEach((till, z) -> assertThat(centralPaid.get(till)).as("till %s: paid sales {count, sum} in the "
                + "central store vs its Z report", till).containsExactly(z));
    }
}

package org.kassa.app.central;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
        List<String> localShifts = new ArrayList<>();
        for (Till till : tills) {
            try (TillStore store = TillStore.open(rig.settings(till.config()).jdbcUrl())) {
                store.shifts().list(store.settings().tillId()).forEach(shift -> localShifts.add(shift.id()));
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
        assertThat(central.ids("shift", "id")).as("central shifts: the tills' shifts, each once")
                .containsExactlyInAnyOrderElementsOf(localShifts);
    }

    /**
     * Each till's Z report (group SALE) equals its paid sales in the central tables, and {@code kassa report
     * store} for the day the shifts were opened equals the Z reports: per till the same totals, cash figures and
     * Koshelek lines, and the shop's totals the sum of the tills'.
     */
    void assertStoreReportEqualsZReports(List<Till> tills, List<JsonNode> zReports) throws Exception {
        Map<String, long[]> centralPaid = central.paidTotalsByTill();
        Map<String, JsonNode> zByTill = new HashMap<>();
        for (JsonNode z : zReports) {
            zByTill.put(z.path("tillId").asText(), z);
            long[] sales = {0, 0};
            for (JsonNode total : z.path("totals")) {
                if ("SALE".equals(total.path("group").asText())) {
                    sales[0] += total.path("count").asLong();
                    sales[1] += total.path("amount").asLong();
                }
            }
            assertThat(centralPaid.get(z.path("tillId").asText())).as("till %s: paid sales {count, sum} in the "
                    + "central store vs its Z report", z.path("tillId").asText()).containsExactly(sales);
        }
        assertThat(zByTill).hasSize(tills.size());
        Map<String, Long> tenders = new TreeMap<>();
        zReports.forEach(z -> z.path("totals").forEach(t -> tenders.merge(t.path("group").asText() + "/"
                + t.path("tender").asText(), t.path("count").asLong(), Long::sum)));
        assertThat(tenders.getOrDefault("SALE/CASH", 0L)).as("cash sales of the day %s", tenders).isPositive();
        assertThat(tenders.getOrDefault("SALE/KOSHELEK", 0L)).as("Koshelek Pay sales of the day %s", tenders)
                .isPositive();
        LocalDate day = Instant.parse(zReports.get(0).path("openedAt").asText()).atZone(ZoneOffset.UTC).toLocalDate();
        for (JsonNode z : zReports) {
            assertThat(Instant.parse(z.path("openedAt").asText()).atZone(ZoneOffset.UTC).toLocalDate())
                    .as("the three shifts were opened on one day (UTC)").isEqualTo(day);
        }
        JsonNode report = storeReport(tills.get(0), day);
        assertThat(report.path("openShifts").asInt(-1)).as("open shifts in %s", report).isZero();
        assertThat(report.path("tills")).hasSize(tills.size());
        Map<String, Long> shopTotals = new TreeMap<>();
        for (JsonNode part : report.path("tills")) {
            JsonNode z = zByTill.get(part.path("tillId").asText());
            assertThat(z).as("a Z report of till %s", part.path("tillId").asText()).isNotNull();
            assertThat(totals(part.path("totals"))).as("till %s: store report vs Z totals", part.path("tillId"))
                    .isEqualTo(totals(z.path("totals")));
            for (String cash : List.of("startingCash", "cashTaken", "cashRefunded", "cashInDrawer", "countedCash")) {
                assertThat(part.path(cash).asLong()).as("till %s: %s", part.path("tillId"), cash)
                        .isEqualTo(z.path(cash).asLong());
            }
            assertThat(part.path("koshelek")).as("till %s: Koshelek lines", part.path("tillId"))
                    .containsExactlyInAnyOrderElementsOf(z.path("koshelek"));
            totals(z.path("totals")).forEach((key, sum) -> shopTotals.merge(key, sum, Long::sum));
        }
        assertThat(totals(report.path("totals"))).as("the shop's totals: the sum of the Z reports")
                .isEqualTo(shopTotals);
    }

    /** Totals as "GROUP/TENDER/TYPE count" and "... amount" entries, zero rows left out. */
    private static Map<String, Long> totals(JsonNode rows) {
        Map<String, Long> totals = new TreeMap<>();
        for (JsonNode t : rows) {
            String key = t.path("group").asText() + "/" + t.path("tender").asText() + "/" + t.path("paymentType")
                    .asText();
            if (t.path("count").asLong() != 0 || t.path("amount").asLong() != 0) {
                totals.merge(key + " count", t.path("count").asLong(), Long::sum);
                totals.merge(key + " amount", t.path("amount").asLong(), Long::sum);
            }
        }
        return totals;
    }

    /** {@code kassa report store --date DAY --zone UTC}, its one JSON line. */
    private JsonNode storeReport(Till till, LocalDate day) throws Exception {
        try (ChildJvm report = ChildJvm.start("report-store", shop, List.of(), "report", "store", "--config",
                till.config().toString(), "--date", day.toString(), "--zone", "UTC")) {
            assertThat(report.awaitExit(SYNC_WAIT)).as("kassa report store exit code\n%s", report.report())
                    .isEqualTo(0);
            List<JsonNode> lines = report.jsonLines();
            assertThat(lines).as(report.report()).isNotEmpty();
            return lines.get(lines.size() - 1);
        }
    }
}

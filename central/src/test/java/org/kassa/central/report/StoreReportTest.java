package org.kassa.central.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kassa.central.CentralDatabase;
import org.kassa.central.testing.CentralPush;
import org.kassa.central.testing.ShopTill;
import org.kassa.sandbox.PaySandbox;
import org.kassa.sandbox.SandboxSettings;
import org.kassa.till.refund.RefundLineRequest;
import org.kassa.till.report.ShiftReport;
import org.kassa.till.shift.Shifts;
import org.kassa.till.store.ShiftRow;
import org.kassa.till.tender.PaymentRecord;
import org.kassa.till.testing.ThrowawayPostgres;
import org.kassa.till.testing.TillRig;

/**
 * The store report from the central PostgreSQL store equals the sum of the two tills' Z reports of the day:
 * cash and Koshelek sales at both, a refund at till B of till A's sale, a cash refund; its CSV read back by
 * python3's csv module.
 */
class StoreReportTest {

    static final ZoneId SHOP = ZoneId.of("Europe/Moscow");

    static ThrowawayPostgres postgres;
    static CentralDatabase central;
    static PaySandbox sandbox;

    @BeforeAll
    static void startShop() throws Exception {
        postgres = ThrowawayPostgres.start();
        central = CentralDatabase.open(postgres.url("kassa"), null, null);
        sandbox = PaySandbox.start(SandboxSettings.training(TillRig.TOTP));
    }

    @AfterAll
    static void stopShop() throws Exception {
        if (sandbox != null) {
            sandbox.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theStoreReportOfTheDayIsTheSumOfTheTillsZReports() throws Exception {
        try (ShopTill a = new ShopTill("A1", sandbox, central); ShopTill b = new ShopTill("B1", sandbox, central)) {
            Shifts shiftsA = new Shifts(a.rig.store, "A1", java.time.Clock.systemUTC(), a.staff);
            Shifts shiftsB = new Shifts(b.rig.store, "B1", java.time.Clock.systemUTC(), b.staff);
            ShiftRow shiftA = shiftsA.open(a.supervisor, 10_000, false);
            shiftsB.open(b.supervisor, 20_000, false);

            a.till.addItem("1002", new BigDecimal("2"));
            a.till.payCash(20_000);
            PaymentRecord soldAtA = a.koshelekSale();
            b.koshelekSale();
            b.till.addItem("1001", BigDecimal.ONE);
            PaymentRecord cashAtB = b.till.payCash(10_000);
            CentralPush.push(a.rig.store, central);
            assertThat(b.refund(a.orderId(soldAtA.saleId()), 1, "1").done()).isTrue();   // A's sale, B's shift
            assertThat(b.desk.refund(cashAtB.saleId(), List.of(new RefundLineRequest(1, BigDecimal.ONE)),
                    b.supervisor, Duration.ofSeconds(10)).done()).isTrue();

            a.till.endOfShift();
            b.till.endOfShift();
            ShiftReport zA = shiftsA.close(a.supervisor, 30_000);
            ShiftReport zB = shiftsB.close(b.supervisor, 25_000);
            CentralPush.push(a.rig.store, central);
            CentralPush.push(b.rig.store, central);

            LocalDate day = shiftA.openedAt().atZone(SHOP).toLocalDate();
            StoreReport report = new StoreReports(central, central.describe()).day(day, SHOP, false);
            assertThat(report.tills()).extracting(StoreReport.TillPart::tillId).contains("A1", "B1");
            for (ShiftReport z : List.of(zA, zB)) {
                StoreReport.TillPart part = report.tills().stream().filter(t -> t.tillId().equals(z.tillId()))
                        .findFirst().orElseThrow();
                assertThat(part.shifts()).containsExactly(z.number());
                assertThat(part.openShifts()).isEmpty();
                assertThat(part.totals()).containsExactlyInAnyOrderElementsOf(z.totals());
                assertThat(part.koshelek()).containsExactlyElementsOf(z.koshelek());
                assertThat(List.of(part.startingCash(), part.cashTaken(), part.cashRefunded(), part.cashInDrawer(),
                        part.countedCash())).containsExactly(z.startingCash(), z.cashTaken(), z.cashRefunded(),
                        z.cashInDrawer(), z.countedCash());
            }
            assertThat(zB.totals()).anySatisfy(t -> assertThat(t).isEqualTo(
                    new ShiftReport.Total("REFUND", "KOSHELEK", "SBP", 1, 8_990)));   // B paid back A's sale
            List<ShiftReport.Total> both = new ArrayList<>(zA.totals());
            both.addAll(zB.totals());
            assertThat(sums(report.totals())).isEqualTo(sums(both));
            assertThat(report.cashInDrawer()).isEqualTo(zA.cashInDrawer() + zB.cashInDrawer());
            assertThat(new StoreReports(central, central.describe()).day(day, SHOP, true).tills()).isEmpty();

            Path csv = Files.createDirectories(Path.of("target", "store-report")).resolve("store-" + day + ".csv");
            Files.write(csv, StoreReportCsv.bytes(report));
            Map<String, Long> fromCsv = pythonSums(csv);
            assertThat(fromCsv).isEqualTo(sums(both).entrySet().stream().collect(java.util.stream.Collectors.toMap(
                    Map.Entry::getKey, e -> e.getValue().get(1), (x, y) -> x, TreeMap::new)));
        }
    }

    /** group/tender/paymentType → {count, amount}. */
    private static Map<String, List<Long>> sums(List<ShiftReport.Total> totals) {
        Map<String, List<Long>> out = new TreeMap<>();
        for (ShiftReport.Total t : totals) {
            out.merge(t.group() + "/" + t.tender() + "/" + t.paymentType(), List.of(t.count(), t.amount()),
                    (x, y) -> List.of(x.get(0) + y.get(0), x.get(1) + y.get(1)));
        }
        return out;
    }

    /** python3's csv module reads the ALL rows back: group/tender/paymentType → amount. */
    private static Map<String, Long> pythonSums(Path csv) throws Exception {
        String python = java.util.stream.Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .map(d -> Path.of(d, "python3")).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new AssertionError("python3 not found on PATH: install the Debian package python3"))
                .toString();
        String script = "import csv,sys\n"
                + "rows=csv.DictReader(open(sys.argv[1],encoding='utf-8-sig',newline=''))\n"
                + "for r in rows:\n"
                + "  if r['tillId']=='ALL' and r['section'] in ('SALE','REFUND','CANCEL'):\n"
                + "    print(r['kind']+'/'+r['tender']+'/'+r['paymentType']+'='+r['amountKopecks'])\n";
        Process p = new ProcessBuilder(python, "-c", script, csv.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("python3 ends").isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        Map<String, Long> sums = new TreeMap<>();
        for (String line : out.strip().split("\n")) {
            String[] kv = line.split("=");
            sums.merge(kv[0], Long.parseLong(kv[1]), Long::sum);
        }
        return sums;
    }
}

package org.kassa.till.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.api.Slip;
import org.kassa.till.catalog.CatalogCsv;
import org.kassa.till.catalog.Measure;
import org.kassa.till.catalog.Product;
import org.kassa.till.catalog.Vat;
import org.kassa.till.testing.ThrowawayPostgres;

/** The same migrations and repositories on PostgreSQL 15, the central database of a shop with several tills. */
class PostgresStoreTest {

    private static final Instant T0 = Instant.parse("2024-05-01T09:15:30.123456Z");
    private static final Instant T1 = Instant.parse("2024-05-01T09:16:00Z");

    private static ThrowawayPostgres postgres;

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

    @Test
    void migratesAndEveryKindOfRowRoundTrips() {
        String url = postgres.url("kassa");
        try (TillStore store = TillStore.open(url)) {
            List<Product> demo = CatalogCsv.demo();
            assertThat(store.products().upsertAll(demo).inserted()).isEqualTo(demo.size());
            assertThat(store.products().byBarcode("4601234000017")).map(Product::name).contains("Молоко 3,2% 1 л");

            SaleRow sale = SaleRow.open("sale-pg", "till-pg", "order-pg", T0, false);
            store.sales().insert(sale);
            SaleLineRow line = new SaleLineRow("sale-pg", 1, "2001", null, "Яблоки", 16990, new BigDecimal("1.125"),
                    Measure.KILOGRAM, Vat.VAT10, 0, 19114, false, null, null);
            store.sales().upsertLine(line);
            store.sales().upsertLine(line.voided(T1, "cashier"));
            PaymentRow payment = PaymentRow.koshelek("pay-pg", "sale-pg", 19114, "req-pg", "CHECKOUT", T0);
            store.payments().insert(payment);
            Slip slip = new Slip("slip", "tx", null, "KOSHELEK", "T", "S", "order-pg", "M", "2024-05-01T12:16:00+03:00",
                    "op", "qrc", "kzo", 19114L, "RUB", null);
            store.payments().update(payment.withProgress("ACCEPTED", true, "tx", "ACCEPTED", null,
                    SlipFields.of(slip, "{}"), T1));
            store.journal().append(new JournalCall("pay", "CHECKOUT", "checkout", "sale-pg", "pay-pg", "req-pg", 1,
                    "/api/v1/merchant/checkout", "{\"a\":1}".getBytes(StandardCharsets.UTF_8)), T0);
            assertThat(store.journal().recordAnswer("req-pg", "checkout", 1, 200, new byte[] {1, 2}, T1)).isTrue();
            store.printJobs().insert(PrintJobRow.pending("job-pg", "sale-pg", PrintKind.SLIP, new byte[] {0x1B, 0x40}, T0));
            store.settings().put("k", "v");
        }
        try (TillStore store = TillStore.open(url)) {
            assertThat(store.sales().lines("sale-pg")).singleElement()
                    .satisfies(l -> assertThat(l.quantity()).isEqualByComparingTo("1.125"))
                    .satisfies(l -> assertThat(l.voidedAt()).isEqualTo(T1));
            assertThat(store.sales().findOpen("till-pg")).map(SaleRow::openedAt).contains(T0);
            assertThat(store.payments().find("pay-pg").orElseThrow().slip().kzo()).isEqualTo("kzo");
            assertThat(store.payments().unfinished()).isEmpty();
            assertThat(store.journal().pending()).singleElement()
                    .satisfies(e -> assertThat(e.answerBody()).containsExactly(1, 2));
            assertThat(store.journal().markResolved("req-pg", "ACCEPTED")).isEqualTo(1);
            assertThat(store.printJobs().pending()).extracting(PrintJobRow::id).containsExactly("job-pg");
            assertThat(store.settings().get("k")).contains("v");
        }
    }
}

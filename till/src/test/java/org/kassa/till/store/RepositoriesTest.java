package org.kassa.till.store;

import org.kassa.till.sale.SaleStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.api.Slip;
import org.kassa.till.catalog.Measure;
import org.kassa.till.catalog.Product;
import org.kassa.till.catalog.Vat;

/** Every repository: what is written is read back the same, after the store was closed and opened again. */
class RepositoriesTest {

    private static final Instant T0 = Instant.parse("2024-05-01T09:15:30.123456Z");
    private static final Instant T1 = Instant.parse("2024-05-01T09:16:00Z");

    private java.nio.file.Path dir;
    private TillStore store;

    @BeforeEach
    void open() {
        dir = TestStores.freshDir("repos");
        store = TillStore.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private TillStore reopened() {
        store.close();
        store = TillStore.open(dir);
        return store;
    }

    @Test
    void productsUpsertByArticleIdempotentlyAndFindByBarcode() {
        Product milk = new Product("1001", "4601234000017", "Молоко 3,2%", 8990, Measure.PIECE, Vat.VAT10);
        Product apples = new Product("2001", null, "Яблоки", 16990, Measure.KILOGRAM, Vat.VAT10);
        assertThat(store.products().upsertAll(List.of(milk, apples))).isEqualTo(new ProductRepository.UpsertCount(2, 0, 0));
        assertThat(store.products().upsertAll(List.of(milk, apples))).isEqualTo(new ProductRepository.UpsertCount(0, 0, 2));
        Product dearer = new Product("1001", "4601234000017", "Молоко 3,2%", 9490, Measure.PIECE, Vat.VAT10);
        assertThat(store.products().upsert(dearer)).isEqualTo(new ProductRepository.UpsertCount(0, 1, 0));

        ProductRepository products = reopened().products();
        assertThat(products.byBarcode("4601234000017")).contains(dearer);
        assertThat(products.byArticle("2001")).contains(apples);
        assertThat(products.byArticle("nope")).isEmpty();
        assertThat(products.list()).containsExactly(dearer, apples);
    }

    @Test
    void aBarcodeOfAnotherArticleIsRefusedAndNothingOfTheBatchIsStored() {
        store.products().upsert(new Product("1001", "4601234000017", "Молоко", 8990, Measure.PIECE, Vat.VAT10));
        Product bread = new Product("1002", "4601234000024", "Хлеб", 5450, Measure.PIECE, Vat.VAT10);
        Product clash = new Product("1003", "4601234000017", "Кефир", 7900, Measure.PIECE, Vat.VAT10);
        assertThatThrownBy(() -> store.products().upsertAll(List.of(bread, clash))).isInstanceOf(StoreException.class)
                .hasMessage("barcode 4601234000017 of article 1003 already belongs to article 1001; give one of them "
                        + "another barcode");
        assertThat(store.products().list()).extracting(Product::article).containsExactly("1001");
    }

    @Test
    void salesWithLinesRoundTripAndTheOpenSaleIsFoundForRecovery() {
        SaleRow sale = SaleRow.open("8d0f6c1e-0000-4000-8000-000000000001", "till-1", "till-1-000001", T0, true);
        store.sales().insert(sale);
        SaleLineRow milk = new SaleLineRow(sale.id(), 1, "1001", "4601234000017", "Молоко", 8990, BigDecimal.ONE,
                Measure.PIECE, Vat.VAT10, 0, 8990, false, null, null);
        SaleLineRow apples = new SaleLineRow(sale.id(), 2, "2001", null, "Яблоки", 16990, new BigDecimal("1.125"),
                Measure.KILOGRAM, Vat.VAT10, 100, 19014, false, null, null);
        store.sales().upsertLine(milk);
        store.sales().upsertLine(apples);
        store.sales().upsertLine(milk.voided(T1, "cashier-2"));
        assertThat(store.sales().findOpen("till-1")).contains(sale);
        SaleRow paid = sale.withTotals(19014, 100).withCard("************1234", "CARDSESSION_AVAILABLE")
                .closed(SaleStatus.PAID, T1, "cashier-2");
        store.sales().update(paid);

        SaleRepository sales = reopened().sales();
        assertThat(sales.find(sale.id())).contains(paid);
        assertThat(sales.findByOrderId("till-1-000001")).contains(paid);
        assertThat(sales.findOpen("till-1")).isEmpty();
        assertThat(sales.lines(sale.id())).containsExactly(milk.voided(T1, "cashier-2"), apples);
        assertThat(sales.lines(sale.id()).get(0).quantity()).isEqualByComparingTo("1");
        assertThat(sales.list(T0, SaleStatus.PAID)).containsExactly(paid);
        assertThat(sales.list(T1, null)).isEmpty();
        assertThatThrownBy(() -> sales.insert(SaleRow.open("other", "till-1", "till-1-000001", T1, false)))
                .isInstanceOf(StoreException.class).hasMessageContaining("cannot store a new sale");
    }

    @Test
    void theFullLoyaltyNumberIsNeverAcceptedAsMasked() {
        assertThatThrownBy(() -> SaleRow.open("s", "t", "o", T0, false).withCard("2200123456781234", "OK"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("2200123456781234");
        assertThatThrownBy(() -> new LoyaltyScanRow("l", null, T0, "OK", "2200123456781234"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void paymentsKeepTheirSlipAndTheUnfinishedOnesAreListed() {
        store.sales().insert(SaleRow.open("sale-1", "till-1", "order-1", T0, false));
        PaymentRow koshelek = PaymentRow.koshelek("pay-1", "sale-1", 19014, "req-checkout-1", "CHECKOUT", T0);
        PaymentRow cash = PaymentRow.cash("pay-2", "sale-1", 1000, 5000, T0);
        store.payments().insert(koshelek);
        store.payments().insert(cash);
        assertThat(store.payments().unfinished()).containsExactly(koshelek);

        Slip slip = new Slip("slip-1", "tx-1", null, "KOSHELEK", "T1", "S1", "order-1", "M1",
                "2024-05-01T12:16:00+03:00", "op-1", "qrc-1", "kzo-1", 19014L, "RUB", null);
        PaymentRow accepted = koshelek.withPaymentType("KOSHELEK").withProgress("ACCEPTED", true, "tx-1", "ACCEPTED",
                null, SlipFields.of(slip, "{\"id\":\"slip-1\"}"), T1);
        store.payments().update(accepted);

        PaymentRepository payments = reopened().payments();
        assertThat(payments.find("pay-1")).contains(accepted);
        assertThat(payments.find("pay-1").orElseThrow().slip().qrcId()).isEqualTo("qrc-1");
        assertThat(payments.forSale("sale-1")).containsExactlyInAnyOrder(accepted, cash);
        assertThat(payments.find("pay-2").orElseThrow().changeKopecks()).isEqualTo(4000L);
        assertThat(payments.unfinished()).isEmpty();
    }

    @Test
    void cancelsAndRefundsRoundTrip() {
        store.sales().insert(SaleRow.open("sale-1", "till-1", "order-1", T0, false));
        store.payments().insert(PaymentRow.koshelek("pay-1", "sale-1", 19014, "req-1", "ACCEPTED", T0));
        OperationRow refund = new OperationRow("op-1", OperationKind.REFUND, "pay-1", "req-refund-1", null, 8990,
                "REFUNDING", false, null, null, "supervisor", T0, T0);
        store.operations().insert(refund);
        OperationRow cancel = new OperationRow("op-2", OperationKind.CANCEL, "pay-1", "req-cancel-1", null, 19014,
                "FAILED", true, null, null, "cashier", T0, T0);
        store.operations().insert(cancel);
        assertThat(store.operations().unfinished()).containsExactly(refund);
        OperationRow done = refund.withProgress("REFUNDED", true, "rtx-1", "REFUNDED", "{}", T1);
        store.operations().update(done);

        OperationRepository operations = reopened().operations();
        assertThat(operations.find("op-1")).contains(done);
        assertThat(operations.forPayment("pay-1")).containsExactly(done, cancel);
        assertThat(operations.unfinished()).isEmpty();
    }

    @Test
    void journalRowsKeepExactBytesAnswersAndResolution() {
        byte[] body = "{\"requestId\":\"r-1\",\"user\":{\"loyaltyId\":\"2200123456781234\"}}"
                .getBytes(StandardCharsets.UTF_8);
        store.journal().append(new JournalCall("pay", "CHECKOUT", "checkout", "sale-1", "pay-1", "r-1", 1,
                "/api/v1/merchant/checkout", body), T0);
        store.journal().append(new JournalCall("pay", "CHECKOUT", "checkout", "sale-1", "pay-1", "r-1", 2,
                "/api/v1/merchant/checkout", body), T1);
        byte[] answer = {'{', '}', (byte) 0xFF};
        assertThat(store.journal().recordAnswer("r-1", "checkout", 2, 200, answer, T1)).isTrue();
        assertThat(store.journal().recordAnswer("r-unknown", "checkout", 1, 200, answer, T1)).isFalse();

        JournalRepository journal = reopened().journal();
        List<JournalEntry> rows = journal.forRequest("r-1");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).body()).isEqualTo(body);
        assertThat(rows.get(0).answerAt()).isNull();
        assertThat(rows.get(1).seq()).isGreaterThan(rows.get(0).seq());
        assertThat(rows.get(1).answerBody()).isEqualTo(answer);
        assertThat(rows.get(1).httpStatus()).isEqualTo(200);
        assertThat(rows.get(1).toString()).doesNotContain("2200123456781234");
        assertThat(journal.pending()).hasSize(2);
        assertThat(journal.markResolved("r-1", "ACCEPTED")).isEqualTo(2);
        assertThat(journal.pending()).isEmpty();
        assertThat(journal.all()).extracting(JournalEntry::resolution).containsExactly("ACCEPTED", "ACCEPTED");
    }

    @Test
    void printJobsArePendingUntilPrinted() {
        byte[] escpos = {0x1B, 0x40, 'H', 'i', 0x0A, 0x1D, 0x56, 0x00};
        PrintJobRow receipt = PrintJobRow.pending("job-1", "sale-1", PrintKind.RECEIPT, escpos, T0);
        PrintJobRow slip = PrintJobRow.pending("job-2", "sale-1", PrintKind.SLIP, escpos, T0);
        store.printJobs().insert(receipt);
        store.printJobs().insert(slip);
        store.printJobs().markPrinted("job-1", T1);
        store.printJobs().markState("job-2", PrintState.STATUS_UNKNOWN, "no answer to the status query");

        PrintJobRepository jobs = reopened().printJobs();
        assertThat(jobs.pending()).singleElement().satisfies(j -> {
            assertThat(j.id()).isEqualTo("job-2");
            assertThat(j.state()).isEqualTo(PrintState.STATUS_UNKNOWN);
            assertThat(j.content()).isEqualTo(escpos);
            assertThat(j.error()).isEqualTo("no answer to the status query");
        });
        assertThat(jobs.find("job-1").orElseThrow().printedAt()).isEqualTo(T1);
        assertThat(jobs.forSale("sale-1")).hasSize(2);
    }

    @Test
    void loyaltyScansMealCardsAndSettingsRoundTrip() {
        LoyaltyScanRow scan = new LoyaltyScanRow("scan-1", "sale-1", T0, "CARDSESSION_AVAILABLE", "************1234");
        store.loyaltyScans().insert(scan);
        MealCardRow card = new MealCardRow("meal-1", "session-1", "METROPOL", null, null, "INIT", T0);
        store.mealCards().insert(card);
        MealCardRow done = new MealCardRow("meal-1", "session-1", "METROPOL", "979215******0001", "fp-1", "COMPLETED", T0);
        store.mealCards().update(done);
        store.settings().put("printer.profile", "epson");
        store.settings().put("printer.profile", "star");

        TillStore again = reopened();
        assertThat(again.loyaltyScans().forSale("sale-1")).containsExactly(scan);
        assertThat(again.mealCards().find("meal-1")).contains(done);
        assertThat(again.mealCards().list()).containsExactly(done);
        assertThat(again.settings().get("printer.profile")).contains("star");
        assertThat(again.settings().get("nothing")).isEmpty();
    }
}

package org.kassa.till;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.Operation;
import org.kassa.till.loyalty.ScanOutcome;
import org.kassa.till.sale.Sale;
import org.kassa.till.sale.SaleRuleException;
import org.kassa.till.sale.SaleStatus;
import org.kassa.till.store.PrintState;
import org.kassa.till.tender.KoshelekPayment;
import org.kassa.till.tender.PaymentRecord;
import org.kassa.till.testing.TillRig;

/** Whole sales on real parts: H2 file store, the Pay sandbox over HTTP, the real verifier, a virtual printer. */
class TillOnSandboxTest {

    TillRig rig;
    Till till;

    @BeforeEach
    void start() throws Exception {
        rig = new TillRig("sale");
        till = rig.till();
    }

    @AfterEach
    void stop() {
        till.close();
        rig.close();
    }

    @Test
    void cashSaleIsStoredPaidWithChangeAndItsReceiptPrinted() {
        till.addItem("4601234000017", BigDecimal.ONE);
        till.addFree("Пакет", 1_000);
        long due = till.sale().totals().total();
        PaymentRecord cash = till.payCash(due + 2_550);
        assertThat(cash.change()).isEqualTo(2_550);
        Sale sale = till.sale();   // a new one: the paid sale is closed
        assertThat(sale.activeLines()).isEmpty();
        var stored = rig.store.sales().findByOrderId(orderOf(cash)).orElseThrow();
        assertThat(stored.status()).isEqualTo(SaleStatus.PAID);
        assertThat(stored.totalKopecks()).isEqualTo(due);
        assertThat(rig.store.sales().lines(stored.id())).hasSize(2);
        assertThat(rig.printer.printed()).hasSize(1);
        assertThat(rig.store.printJobs().forSale(stored.id())).singleElement()
                .satisfies(j -> assertThat(j.state()).isEqualTo(PrintState.PRINTED));
    }

    @Test
    void koshelekPaymentIsJournaledPaidOnceAndItsSlipPrinted() throws Exception {
        assertThat(till.scan(rig.cardWithSession()).kind()).isEqualTo(ScanOutcome.Kind.CARD_WITH_SESSION);
        till.addFree("Товар", 50_000);                       // ending 00: the sandbox accepts
        KoshelekPayment payment = till.payKoshelek("SBP");
        PaymentRecord done = payment.result().get(20, TimeUnit.SECONDS);
        assertThat(done.state()).isEqualTo("ACCEPTED");
        assertThat(done.transactionId()).isNotBlank();

        var sale = rig.store.sales().find(done.saleId()).orElseThrow();
        assertThat(sale.status()).isEqualTo(SaleStatus.PAID);
        assertThat(sale.cardMasked()).isEqualTo("1234*****1011");
        var row = rig.store.payments().find(done.id()).orElseThrow();
        assertThat(row.transactionId()).isEqualTo(done.transactionId());
        assertThat(row.checkoutRequestId()).isNotBlank();

        var checkouts = rig.store.journal().forPayment(done.id()).stream()
                .filter(e -> Operation.CHECKOUT.name().equals(e.operation())).toList();
        assertThat(checkouts).isNotEmpty().allSatisfy(e -> assertThat(e.requestId())
                .isEqualTo(row.checkoutRequestId()));
        assertThat(rig.sandbox.ledger().checkoutsWithRequestId(row.checkoutRequestId())).isEqualTo(1);
        assertThat(rig.sandbox.ledger().payment(done.transactionId())).isPresent();

        // the slip block: the slip's own payment transaction id and the SBP qrcId, as the vendor sent them
        assertThat(done.slip()).isNotNull();
        assertThat(rig.printer.printed()).singleElement().satisfies(bytes -> assertThat(
                new String(bytes, StandardCharsets.ISO_8859_1)).contains(done.slip().paymentTransactionId(),
                done.slip().qrcId(), sale.orderId()));
    }

    @Test
    void anAcceptedPaymentSendsTheReceiptCallWhenConfigured() throws Exception {
        try (TillRig withReceipts = new TillRig("receipt", true); Till receiptTill = withReceipts.till()) {
            receiptTill.scan(withReceipts.cardWithSession());
            receiptTill.addItem("4601234000017", BigDecimal.ONE);
            PaymentRecord done = receiptTill.payKoshelek("SBP").result().get(20, TimeUnit.SECONDS);
            assertThat(done.paid()).isTrue();
            var received = withReceipts.sandbox.ledger().received("/api/v1/merchant/transaction/receipt");
            assertThat(received).singleElement().satisfies(r -> assertThat(new String(r.body(),
                    StandardCharsets.UTF_8)).contains(done.transactionId(), "\"article\":\"1001\""));
            assertThat(withReceipts.store.journal().pending()).isEmpty();
        }
    }

    @Test
    void theSameCardScreenshotCannotPayTwice() throws Exception {
        String barcode = rig.cardWithSession();
        till.scan(barcode);
        till.addFree("Товар", 50_000);
        till.payKoshelek(null).result().get(20, TimeUnit.SECONDS);
        ScanOutcome replay = till.scan(barcode);
        assertThat(replay.kind()).isEqualTo(ScanOutcome.Kind.CARD_REFUSED);
        assertThat(till.sale().card()).isEmpty();
    }

    @Test
    void aDeclinedKoshelekPaymentLeavesTheSaleOpenForCash() throws Exception {
        till.scan(rig.cardWithSession());
        till.addFree("Товар", 50_001);                       // ending 01: declined by the provider
        PaymentRecord declined = till.payKoshelek("SBP").result().get(20, TimeUnit.SECONDS);
        assertThat(declined.state()).isEqualTo("REJECTED");
        assertThat(declined.tipCode()).isNotBlank();
        Sale open = till.sale();
        assertThat(open.id()).isEqualTo(declined.saleId());
        till.payCash(50_001);
        assertThat(rig.store.payments().forSale(declined.saleId())).extracting(p -> p.state())
                .containsExactlyInAnyOrder("REJECTED", "ACCEPTED");
        assertThat(rig.store.sales().find(declined.saleId()).orElseThrow().status()).isEqualTo(SaleStatus.PAID);
    }

    @Test
    void koshelekPayNeedsACardWithASession() {
        till.scan(rig.cardWithoutSession());
        till.addFree("Товар", 50_000);
        assertThatThrownBy(() -> till.payKoshelek("SBP")).isInstanceOf(SaleRuleException.class)
                .extracting("key").isEqualTo("koshelek.noSession");
        assertThat(rig.sandbox.ledger().payments()).isEmpty();
    }

    @Test
    void anOpenSaleSurvivesARestartOfTheTill() {
        till.addItem("4601234000017", new BigDecimal("2"));
        String id = till.sale().id();
        till.close();
        till = rig.till();
        assertThat(till.sale().id()).isEqualTo(id);
        assertThat(till.sale().activeLines()).singleElement()
                .satisfies(l -> assertThat(l.quantity()).isEqualByComparingTo("2"));
    }

    private String orderOf(PaymentRecord p) {
        return rig.store.sales().find(p.saleId()).orElseThrow().orderId();
    }

}

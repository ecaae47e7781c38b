package org.kassa.central.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.central.CentralDatabase;
import org.kassa.central.testing.CentralPush;
import org.kassa.central.testing.ShopTill;
import org.kassa.sandbox.PaySandbox;
import org.kassa.sandbox.SandboxLedger;
import org.kassa.sandbox.SandboxSettings;
import org.kassa.till.Till;
import org.kassa.till.refund.RefundLineRequest;
import org.kassa.till.refund.RefundOutcome;
import org.kassa.till.refund.RefundReservations;
import org.kassa.till.sale.SaleRuleException;
import org.kassa.till.tender.PaymentRecord;
import org.kassa.till.testing.ThrowawayPostgres;
import org.kassa.till.testing.TillRig;

/**
 * A refund at till B of a sale made at till A (docs/decisions/0174), on real parts: two H2 till stores, one Pay
 * sandbox over loopback HTTP, a real PostgreSQL 15 as the shop's central store.
 */
class CrossTillRefundTest {

    static final String REFUND_PATH = "/api/v1/merchant/transaction/refund";

    static ThrowawayPostgres postgres;
    static CentralDatabase central;
    static PaySandbox sandbox;

    ShopTill a;
    ShopTill b;

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

    /** Fresh till ids for every test: the central store keeps the shifts of the tests before. */
    static int tills;

    @BeforeEach
    void openTills() throws Exception {
        tills++;
        a = new ShopTill("A0" + tills, sandbox, central);
        b = new ShopTill("B0" + tills, sandbox, central);
    }


    @AfterEach
    void closeTills() {
        b.close();
        a.close();
    }

    @Test
    void tillBRefundsTillAsSaleWithAsTransactionAndTheLineCannotBeRefundedTwice() throws Exception {
        PaymentRecord paid = a.koshelekSale();
        String orderId = a.orderId(paid.saleId());
        CentralPush.push(a.rig.store, central);

        RefundOutcome atB = b.refund(orderId, 1, "2");
        assertThat(atB.state()).isEqualTo("REFUNDED");
        assertThat(atB.amount()).isEqualTo(2 * 8_990);
        var copy = b.rig.store.sales().find(paid.saleId()).orElseThrow();
        assertThat(copy.tillId()).isEqualTo(a.rig.setup.tillId());                 // copied, marked with A's till
        SandboxLedger.SandboxPayment ledger = sandbox.ledger().payment(paid.transactionId()).orElseThrow();
        assertThat(ledger.refundedAmount()).isEqualTo(2 * 8_990);     // A's transaction, refunded from B
        assertThat(ledger.refunds()).singleElement().satisfies(r ->
                assertThat(r.refTransactionId()).isEqualTo(atB.refundTransactionId()));
        assertThat(states(atB.refundId())).containsExactly("DONE");

        // Till A knows nothing of B's refund locally; the central reservation stops a second refund of line 1
        assertThatThrownBy(() -> a.refund(orderId, 1, "2")).isInstanceOfSatisfying(SaleRuleException.class, e -> {
            assertThat(e.key()).isEqualTo("refund.line.tooMuch");
            assertThat(a.text(e)).contains("Line 1").contains("only 1");
        });
        assertThat(a.desk.refundable(paid.saleId())).extracting(l -> l.left().stripTrailingZeros().toPlainString())
                .containsExactly("1", "0.5");
        RefundOutcome atA = a.refund(orderId, 1, "1");                 // what is really left still goes
        assertThat(atA.state()).isEqualTo("REFUNDED");
        assertThat(sandbox.ledger().payment(paid.transactionId()).orElseThrow().refundedAmount())
                .isEqualTo(3 * 8_990);
        assertThat(sandbox.ledger().payment(paid.transactionId()).orElseThrow().refunds()).hasSize(2);
    }

    @Test
    void theSameLineFromBothTillsAtOnceIsRefundedExactlyOnce() throws Exception {
        PaymentRecord paid = a.koshelekSale();
        String orderId = a.orderId(paid.saleId());
        CentralPush.push(a.rig.store, central);
        String atB = b.desk.findSale(orderId);
        long refundsBefore = sandbox.ledger().requestsTo(REFUND_PATH);

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<RefundOutcome>> both = new ArrayList<>();
            for (ShopTill till : List.of(a, b)) {
                String saleId = till == a ? paid.saleId() : atB;
                Callable<RefundOutcome> refund = () -> {
                    go.await(10, TimeUnit.SECONDS);
                    return till.desk.refund(saleId, List.of(new RefundLineRequest(1, new BigDecimal("3"))),
                            till.supervisor, Duration.ofSeconds(20));
                };
                both.add(two.submit(refund));
            }
            go.countDown();
            List<RefundOutcome> done = new ArrayList<>();
            List<SaleRuleException> refused = new ArrayList<>();
            for (Future<RefundOutcome> f : both) {
                try {
                    done.add(f.get(60, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    refused.add((SaleRuleException) e.getCause());
                }
            }
            assertThat(done).singleElement().satisfies(o -> assertThat(o.state()).isEqualTo("REFUNDED"));
            assertThat(refused).singleElement().satisfies(e -> {
                assertThat(e.key()).isIn("refund.central.taken", "refund.line.tooMuch");
                assertThat(a.text(e)).startsWith("Line 1");
            });
        } finally {
            two.shutdownNow();
        }
        assertThat(sandbox.ledger().requestsTo(REFUND_PATH) - refundsBefore).isEqualTo(1);
        assertThat(sandbox.ledger().payment(paid.transactionId()).orElseThrow().refundedAmount()).isEqualTo(3 * 8_990);
    }

    @Test
    void withTheCentralStoreAwayAForeignSaleIsRefusedAndTheTillsOwnSaleIsRefunded() throws Exception {
        PaymentRecord seenAtB = a.koshelekSale();
        PaymentRecord neverSeen = a.koshelekSale();
        CentralPush.push(a.rig.store, central);
        String copied = b.desk.findSale(a.orderId(seenAtB.saleId()));
        long refundsBefore = sandbox.ledger().requestsTo(REFUND_PATH);
        postgres.stop();
        try {
            assertThatThrownBy(() -> b.desk.findSale(a.orderId(neverSeen.saleId())))
                    .isInstanceOfSatisfying(SaleRuleException.class, e -> {
                        assertThat(e.key()).isEqualTo("refund.central.awayForeign");
                        assertThat(b.text(e)).contains("shop server is away").contains("till that sold it");
                    });
            assertThatThrownBy(() -> b.desk.refund(copied, List.of(), b.supervisor, Duration.ofSeconds(20)))
                    .isInstanceOfSatisfying(SaleRuleException.class, e -> {
                        assertThat(e.key()).isEqualTo("refund.central.awayOtherTill");
                        assertThat(b.text(e)).contains("till " + a.rig.setup.tillId());
                    });
            assertThat(sandbox.ledger().requestsTo(REFUND_PATH)).isEqualTo(refundsBefore);   // nothing was sent

            RefundOutcome own = a.refund(seenAtB.saleId(), 1, "1");      // the till's own sale goes on
            assertThat(own.state()).isEqualTo("REFUNDED");
        } finally {
            postgres.restart();
        }
        // once A's refund reached the centre, B sees it: 2 of 3 left on line 1
        CentralPush.push(a.rig.store, central);
        assertThatThrownBy(() -> b.refund(copied, 1, "3")).isInstanceOfSatisfying(SaleRuleException.class, e ->
                assertThat(e.key()).isEqualTo("refund.line.tooMuch"));
        assertThat(b.refund(copied, 1, "2").state()).isEqualTo("REFUNDED");
    }

    @Test
    void recoverySettlesWhatAStopLeftReservedAndAResumedRefundSettlesItsOwn() throws Exception {
        PaymentRecord paid = a.koshelekSale();
        CentralPush.push(a.rig.store, central);
        String saleId = b.desk.findSale(paid.transactionId());
        // B stopped between the reservation and its refund's first write: the lines must not stay taken
        String lost = java.util.UUID.randomUUID().toString();
        b.reservations.reserve(lost, saleId, b.rig.setup.tillId(), List.of(new RefundReservations.Line(2, new BigDecimal("0.5"),
                new BigDecimal("0.5"))));
        assertThat(b.desk.refundable(saleId).get(1).left()).isZero();
        assertThat(b.desk.settleReservations()).isEqualTo(1);
        assertThat(states(lost)).containsExactly("RELEASED");
        assertThat(b.desk.refundable(saleId).get(1).left()).isEqualByComparingTo("0.5");

        // a refund without an answer keeps its reservation until resumed
        sandbox.faults().next(REFUND_PATH, org.kassa.sandbox.Fault.DROP_AFTER_PROCESSING, 10);
        RefundOutcome inDoubt = b.desk.refund(saleId, List.of(), b.supervisor, Duration.ofSeconds(30));
        sandbox.faults().clear();
        assertThat(inDoubt.state()).isEqualTo("IN_DOUBT");
        assertThat(states(inDoubt.refundId())).containsOnly("RESERVED");
        assertThat(b.desk.settleReservations()).isZero();              // still running: left to resume
        RefundOutcome resumed = b.desk.resume(inDoubt.refundId(), Duration.ofSeconds(20));
        assertThat(resumed.state()).isEqualTo("REFUNDED");
        assertThat(states(inDoubt.refundId())).containsOnly("DONE");
        assertThat(sandbox.ledger().payment(paid.transactionId()).orElseThrow().refundedAmount()).isEqualTo(35_465);
    }

    private static List<String> states(String refundId) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = central.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT state FROM refund_reservation WHERE refund_id = '" + refundId
                     + "' ORDER BY line_no")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}

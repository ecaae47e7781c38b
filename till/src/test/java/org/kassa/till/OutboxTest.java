package org.kassa.till;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.till.refund.RefundDesk;
import org.kassa.till.refund.RefundOutcome;
import org.kassa.till.sale.SaleStatus;
import org.kassa.till.shift.Shifts;
import org.kassa.till.staff.Approval;
import org.kassa.till.staff.PinHasher;
import org.kassa.till.staff.Role;
import org.kassa.till.staff.Staff;
import org.kassa.till.store.OutboxKind;
import org.kassa.till.store.OutboxRow;
import org.kassa.till.store.StoreException;
import org.kassa.till.tender.PaymentRecord;
import org.kassa.till.testing.TillRig;

/**
 * The outbox (decision 0171) on the real H2 file store: a record's row is committed with the change it records,
 * or neither is; open sales queue nothing; shifts, refunds and voided sales are queued in order.
 */
class OutboxTest {

    TillRig rig;
    Till till;

    @BeforeEach
    void start() throws Exception {
        rig = new TillRig("outbox");
        till = rig.till();
    }

    @AfterEach
    void stop() {
        till.close();
        rig.close();
    }

    @Test
    void aPaidSaleIsQueuedOnceAndAnOpenOneNot() {
        till.scan("4601234000017");
        till.scan("4601234000024");
        String saleId = till.sale().id();
        assertThat(recordsOf(OutboxKind.SALE)).isEmpty();

        till.payCash(20_000);
        assertThat(recordsOf(OutboxKind.SALE)).containsExactly(saleId);
        assertThat(rig.store.outbox().backlog().count()).isEqualTo(rig.store.outbox().pending(100).size());
        assertThat(rig.store.outbox().backlog().oldest()).isPresent();
    }

    @Test
    void aSaleAndItsOutboxRowCommitTogetherOrNotAtAll() throws Exception {
        till.scan("4601234000017");
        String saleId = till.sale().id();
        execute("ALTER TABLE outbox ADD CONSTRAINT test_no_sale CHECK (kind <> 'SALE')");
        assertThatThrownBy(() -> till.payCash(10_000)).isInstanceOf(StoreException.class);
        assertThat(rig.store.sales().find(saleId).orElseThrow().status()).isEqualTo(SaleStatus.OPEN);
        assertThat(recordsOf(OutboxKind.SALE)).isEmpty();

        execute("ALTER TABLE outbox DROP CONSTRAINT test_no_sale");
        execute("ALTER TABLE sale ADD CONSTRAINT test_no_cancel CHECK (status <> 'CANCELLED')");
        try (Till another = rig.till()) {
            another.scan("4601234000024");
            String other = another.sale().id();
            assertThatThrownBy(another::cancelSale).isInstanceOf(StoreException.class);
            assertThat(rig.store.sales().find(other).orElseThrow().status()).isEqualTo(SaleStatus.OPEN);
        }
        assertThat(recordsOf(OutboxKind.SALE)).isEmpty();
    }

    @Test
    void shiftsRefundsAndTheVoidedSaleAreQueuedInTheOrderTheyHappened() {
        Staff staff = new Staff(rig.store, rig.setup.tillId(), Clock.systemUTC(), new PinHasher(256, 1, 1));
        staff.add("sveta", "Светлана", Role.ADMINISTRATOR, "5555".toCharArray(), null);
        Approval sveta = staff.verify("sveta", "5555".toCharArray(), Role.SUPERVISOR, "refund", null);
        till.scan("4601234000017");
        PaymentRecord cash = till.payCash(10_000);

        RefundOutcome refund = new RefundDesk(rig.setup, rig.store, "Магазин").refund(cash.saleId(), List.of(), sveta,
                Duration.ofSeconds(20));
        assertThat(refund.saleVoided()).isTrue();
        Shifts shifts = new Shifts(rig.store, rig.setup.tillId(), Clock.systemUTC(), staff);
        String shiftId = shifts.current().orElseThrow().id();
        till.endOfShift();
        shifts.close(sveta, 0);

        List<OutboxRow> rows = rig.store.outbox().pending(100);
        assertThat(rows).extracting(OutboxRow::kind, OutboxRow::recordId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(OutboxKind.SHIFT, shiftId),
                org.assertj.core.groups.Tuple.tuple(OutboxKind.SALE, cash.saleId()),
                org.assertj.core.groups.Tuple.tuple(OutboxKind.REFUND, refund.refundId()),
                org.assertj.core.groups.Tuple.tuple(OutboxKind.SALE, cash.saleId()),
                org.assertj.core.groups.Tuple.tuple(OutboxKind.SHIFT, shiftId));
        assertThat(rows).extracting(OutboxRow::seq).isSorted();
    }

    @Test
    void markingSentEmptiesTheBacklogUpToTheGivenSeq() {
        till.scan("4601234000017");
        till.payCash(10_000);
        List<OutboxRow> rows = rig.store.outbox().pending(100);
        long last = rows.get(rows.size() - 1).seq();
        rig.store.outbox().markFailed(rows.get(0).seq(), last, "server away");
        assertThat(rig.store.outbox().pending(100)).allSatisfy(r -> {
            assertThat(r.attempts()).isEqualTo(1);
            assertThat(r.lastError()).isEqualTo("server away");
        });
        assertThat(rig.store.outbox().markSentThrough(rows.get(0).seq(), Instant.now())).isEqualTo(1);
        assertThat(rig.store.outbox().backlog().count()).isEqualTo(rows.size() - 1);
        rig.store.outbox().markSentThrough(last, Instant.now());
        assertThat(rig.store.outbox().backlog().count()).isZero();
        assertThat(rig.store.outbox().backlog().oldest()).isEmpty();
    }

    private List<String> recordsOf(OutboxKind kind) {
        return rig.store.outbox().pending(1000).stream().filter(r -> r.kind() == kind).map(OutboxRow::recordId)
                .toList();
    }

    private void execute(String sql) throws Exception {
        try (Connection c = rig.store.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}

package org.kassa.till.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.CallListener;
import org.kassa.payclient.Operation;
import org.kassa.payclient.OutgoingCall;
import org.kassa.till.store.JournalEntry;
import org.kassa.till.store.StoreException;
import org.kassa.till.store.TestStores;
import org.kassa.till.store.TillStore;

class DurableJournalTest {

    static final String LOYALTY = "2200123456781234";
    static final OutgoingCall CHECKOUT = new OutgoingCall(Operation.CHECKOUT, Operation.CHECKOUT.path(), "req-1",
            ("{\"requestId\":\"req-1\",\"user\":{\"loyaltyId\":\"" + LOYALTY + "\"},\"amount\":8990}")
                    .getBytes(StandardCharsets.UTF_8));

    @Test
    void aBoundJournalCommitsEachAttemptWithItsSaleAndPayment() {
        try (TillStore store = TillStore.open(TestStores.freshDir("journal"))) {
            CallListener listener = new DurableJournal(store).forPayment("sale-1", "pay-1");
            listener.beforeCall("checkout", CHECKOUT, 1);
            listener.beforeCall("checkout", CHECKOUT, 2);
            List<JournalEntry> rows = store.journal().forRequest("req-1");
            assertThat(rows).extracting(JournalEntry::attempt).containsExactly(1, 2);
            assertThat(rows).allSatisfy(r -> {
                assertThat(r.service()).isEqualTo("pay");
                assertThat(r.operation()).isEqualTo("CHECKOUT");
                assertThat(r.step()).isEqualTo("checkout");
                assertThat(r.saleId()).isEqualTo("sale-1");
                assertThat(r.paymentId()).isEqualTo("pay-1");
                assertThat(r.path()).isEqualTo("/api/v1/merchant/checkout");
                assertThat(r.body()).isEqualTo(CHECKOUT.body());
                assertThat(r.resolved()).isFalse();
            });
        }
    }

    @Test
    void answersAreRecordedOnTheirAttemptAndResolutionEmptiesPending() {
        try (TillStore store = TillStore.open(TestStores.freshDir("journal"))) {
            DurableJournal journal = new DurableJournal(store).forPayment("sale-1", "pay-1");
            journal.beforeCall("checkout", CHECKOUT, 1);
            journal.beforeCall("checkout", CHECKOUT, 2);
            byte[] answer = "{\"status\":\"IN_PROGRESS\"}".getBytes(StandardCharsets.UTF_8);
            journal.answered("checkout", CHECKOUT, 2, 200, answer);
            assertThat(journal.pending()).extracting(JournalEntry::httpStatus).containsExactly(null, 200);
            assertThat(journal.pending().get(1).answerBody()).isEqualTo(answer);
            assertThat(journal.markResolved("req-1", "ACCEPTED")).isEqualTo(2);
            assertThat(journal.pending()).isEmpty();
        }
    }

    @Test
    void aJournalWhoseDatabaseIsClosedThrowsSoTheCallIsNotSent() {
        TillStore store = TillStore.open(TestStores.freshDir("journal-gone"));
        DurableJournal journal = new DurableJournal(store).forPayment("sale-1", "pay-1");
        store.close();
        assertThatThrownBy(() -> journal.beforeCall("checkout", CHECKOUT, 1))
                .isInstanceOf(JournalWriteException.class).hasCauseInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot journal the CHECKOUT call (requestId req-1, attempt 1) before sending "
                        + "it, so it was not sent: ")
                .hasMessageNotContaining(LOYALTY);
        // the answer of a call already made never fails the workflow
        journal.answered("checkout", CHECKOUT, 1, 200, new byte[0]);
    }

    @Test
    void shownBodiesMaskCardNumbersAndSecrets() {
        String shown = BodyMasking.mask(CHECKOUT.body());
        assertThat(shown).doesNotContain(LOYALTY).contains("\"loyaltyId\":\"************1234\"")
                .contains("\"amount\":8990");
        assertThat(BodyMasking.mask(("{\"mealVoucherCardTokenizationData\":{\"cardNumber\":\"9792150000000001\","
                + "\"gsmNumber\":\"905551112233\"},\"items\":[{\"password\":\"123456\"}]}").getBytes(StandardCharsets.UTF_8)))
                .doesNotContain("9792150000000001", "905551112233", "123456").contains("0001");
        assertThat(BodyMasking.mask(new byte[] {1, 2, (byte) 0xFF})).isEqualTo("(3 bytes, not JSON: not shown)");
    }
}

package org.kassa.till.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.till.sale.SaleRuleException;
import org.kassa.till.store.AuditRow;
import org.kassa.till.store.TillStore;
import org.kassa.till.text.TillTexts;

/** Users, PINs and lock-out on a real H2 file store; a cheap Argon2id cost keeps the test quick. */
class StaffTest {

    static final PinHasher CHEAP = new PinHasher(256, 1, 1);

    TillStore store;
    MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
    Staff staff;

    @BeforeEach
    void open() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "staff", UUID.randomUUID().toString()));
        store = TillStore.open(dir);
        staff = new Staff(store, "T01", clock, CHEAP);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theFirstUserMustBeAnAdministratorAndLaterOnesNeedOne() {
        assertThat(staff.isEmpty()).isTrue();
        assertThatThrownBy(() -> staff.add("olga", "Ольга", Role.OPERATOR, "1234".toCharArray(), null))
                .isInstanceOf(SaleRuleException.class).hasMessageContaining("staff.first.administrator");
        staff.add("admin", "Администратор", Role.ADMINISTRATOR, "9876".toCharArray(), null);
        assertThatThrownBy(() -> staff.add("olga", "Ольга", Role.OPERATOR, "1234".toCharArray(), null))
                .hasMessageContaining("staff.role");
        Approval admin = staff.verify("admin", "9876".toCharArray(), Role.ADMINISTRATOR, "user.add", null);
        staff.add("olga", "Ольга", Role.OPERATOR, "1234".toCharArray(), admin);
        assertThat(staff.list()).extracting(StaffMember::login).containsExactly("admin", "olga");
        assertThatThrownBy(() -> staff.add("olga", "x", Role.OPERATOR, "1234".toCharArray(), admin))
                .hasMessageContaining("staff.login.taken");
        assertThatThrownBy(() -> staff.add("Bad Login!", "x", Role.OPERATOR, "1234".toCharArray(), admin))
                .hasMessageContaining("staff.login.format");
        assertThatThrownBy(() -> staff.add("pavel", "x", Role.OPERATOR, "12a4".toCharArray(), admin))
                .hasMessageContaining("staff.pin.format");
    }

    @Test
    void pinsAreStoredAsArgon2idHashesOnly() {
        staff.add("admin", "A", Role.ADMINISTRATOR, "9876".toCharArray(), null);
        String stored = store.users().find("admin").orElseThrow().pinHash();
        assertThat(stored).startsWith("$argon2id$v=19$m=256,t=1,p=1$").doesNotContain("9876");
        assertThat(store.users().find("admin").orElseThrow().toString()).doesNotContain(stored);
        assertThat(PinHasher.standard().hash("1234".toCharArray())).startsWith("$argon2id$v=19$m=32768,t=3,p=1$");
        assertThat(CHEAP.hash("1234".toCharArray())).isNotEqualTo(CHEAP.hash("1234".toCharArray()));   // salted
    }

    @Test
    void fiveWrongPinsLockTheUserForAGrowingTime() {
        staff.add("admin", "A", Role.ADMINISTRATOR, "9876".toCharArray(), null);
        for (int i = 1; i <= 4; i++) {
            int left = 5 - i;
            assertThatThrownBy(() -> staff.verify("admin", "0000".toCharArray(), Role.OPERATOR, "test", null))
                    .satisfies(e -> assertThat(((SaleRuleException) e).key()).isEqualTo("staff.pin.wrong"))
                    .satisfies(e -> assertThat(((SaleRuleException) e).args()).contains(left));
        }
        assertThatThrownBy(() -> staff.verify("admin", "0000".toCharArray(), Role.OPERATOR, "test", null))
                .satisfies(e -> assertThat(((SaleRuleException) e).key()).isEqualTo("staff.locked"));
        // locked: even the right PIN is refused until the lock ends
        assertThatThrownBy(() -> staff.verify("admin", "9876".toCharArray(), Role.OPERATOR, "test", null))
                .satisfies(e -> assertThat(((SaleRuleException) e).key()).isEqualTo("staff.locked"));
        clock.move(Duration.ofSeconds(31));
        assertThatThrownBy(() -> staff.verify("admin", "0000".toCharArray(), Role.OPERATOR, "test", null))
                .satisfies(e -> assertThat(((SaleRuleException) e).args()).contains(60L));
        clock.move(Duration.ofSeconds(61));
        assertThat(staff.verify("admin", "9876".toCharArray(), Role.OPERATOR, "test", null).login()).isEqualTo("admin");
        assertThat(store.users().find("admin").orElseThrow().failedAttempts()).isZero();
        assertThat(Staff.lockFor(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Staff.lockFor(8)).isEqualTo(Duration.ofSeconds(240));
        assertThat(Staff.lockFor(50)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void anOperatorCannotApproveARefundAndEveryDecisionIsAudited() {
        staff.add("admin", "A", Role.ADMINISTRATOR, "9876".toCharArray(), null);
        Approval admin = staff.verify("admin", "9876".toCharArray(), Role.ADMINISTRATOR, "user.add", null);
        staff.add("olga", "O", Role.OPERATOR, "1234".toCharArray(), admin);
        assertThatThrownBy(() -> staff.verify("olga", "1234".toCharArray(), Role.SUPERVISOR, "refund", "sale-1"))
                .satisfies(e -> assertThat(((SaleRuleException) e).key()).isEqualTo("staff.role"));
        assertThat(store.audit().forSale("sale-1")).extracting(AuditRow::actor, AuditRow::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("olga", "refund.refused"));
        assertThat(store.audit().latest(10)).extracting(AuditRow::action).contains("user.added", "user.add.approved");
        assertThat(store.audit().latest(10)).allSatisfy(a -> assertThat(a.detail()).doesNotContain("1234"));
    }

    @Test
    void aSupervisorCardApprovesLikeAPin() {
        staff.add("admin", "A", Role.ADMINISTRATOR, "9876".toCharArray(), null);
        Approval admin = staff.verify("admin", "9876".toCharArray(), Role.ADMINISTRATOR, "user.add", null);
        staff.add("sveta", "С", Role.SUPERVISOR, "5555".toCharArray(), admin);
        staff.setCard("sveta", "SUPERVISOR-CARD-0042".toCharArray(), admin);
        assertThat(store.users().find("sveta").orElseThrow().cardHash()).doesNotContain("0042");
        Approval byCard = staff.verifyCard("SUPERVISOR-CARD-0042".toCharArray(), Role.SUPERVISOR, "refund", "s1");
        assertThat(byCard.login()).isEqualTo("sveta");
        assertThat(byCard.how()).isEqualTo("CARD");
        assertThatThrownBy(() -> staff.verifyCard("SUPERVISOR-CARD-0043".toCharArray(), Role.SUPERVISOR, "refund", "s1"))
                .satisfies(e -> assertThat(((SaleRuleException) e).key()).isEqualTo("staff.card.unknown"));
    }

    @Test
    void everyRefusalHasAPlainTextInBothLanguages() {
        for (String key : new String[] {"staff.pin.wrong", "staff.locked", "staff.role", "staff.unknown",
            "staff.pin.format", "shift.closed", "refund.line.wholeOnly", "refund.line.tooMuch"}) {
            assertThat(new TillTexts(java.util.Locale.forLanguageTag("ru")).get("sale." + key, "x", 1, 2))
                    .doesNotStartWith("[");
            assertThat(new TillTexts(java.util.Locale.ENGLISH).get("sale." + key, "x", 1, 2)).doesNotStartWith("[");
        }
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void move(Duration d) {
            now.updateAndGet(t -> t.plus(d));
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}

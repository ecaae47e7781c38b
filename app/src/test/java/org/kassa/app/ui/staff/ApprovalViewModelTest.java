package org.kassa.app.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.app.till.TillRuntime;
import org.kassa.app.till.TrainingStaff;
import org.kassa.app.ui.DirectJobs;
import org.kassa.app.ui.TrainingTill;
import org.kassa.app.ui.core.I18n;
import org.kassa.app.ui.core.UiMessage;
import org.kassa.till.staff.Approval;
import org.kassa.till.staff.Role;
import org.kassa.till.staff.Staff;

/**
 * The approval dialog's view model on the real till core (training: the users {@code supervisor} and
 * {@code trainer}, PIN 1234): PIN from the pad, wrong PIN with attempts left, lock, card scan, role, Esc.
 */
class ApprovalViewModelTest {

    private TillRuntime runtime;
    private Staff staff;
    private ApprovalViewModel model;

    @BeforeEach
    void openTill() throws Exception {
        runtime = TillRuntime.open(TrainingTill.settings("ru"));
        staff = runtime.staff();
        model = new ApprovalViewModel(staff, new DirectJobs());
    }

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void aWrongPinCountsDownThenThePinFromThePadApprovesAndTheAuditTrailHasIt() {
        CompletableFuture<Approval> asked = model.ask("refund", "sale-1").toCompletableFuture();
        assertThat(model.open().get()).isTrue();
        assertThat(new I18n(Locale.forLanguageTag("ru")).render(model.title().get())).startsWith("Возврат");

        model.login().set(TrainingStaff.SUPERVISOR);
        model.pin().set("9999");
        model.submit();
        assertThat(model.message().get()).isEqualTo(UiMessage.till("sale.staff.pin.wrong", "supervisor",
                Staff.ATTEMPTS - 1));
        assertThat(new I18n(Locale.ENGLISH).render(model.message().get())).contains("4");
        assertThat(model.pin().get()).as("the wrong PIN is not kept").isEmpty();
        assertThat(asked).isNotDone();
        assertThat(model.open().get()).isTrue();

        for (int digit : new int[] {1, 2, 3, 5}) {
            model.digit(digit);
        }
        model.backspace();
        model.digit(4);
        assertThat(model.pin().get()).isEqualTo("1234");
        model.submit();
        assertThat(asked).isCompletedWithValueMatching(a -> a.login().equals("supervisor") && a.how().equals("PIN"));
        assertThat(model.open().get()).isFalse();
        assertThat(model.approved().get().login()).isEqualTo("supervisor");
        assertThat(runtime.store().audit().forSale("sale-1")).extracting(a -> a.action())
                .contains("refund.refused", "refund.approved");
    }

    @Test
    void fiveWrongPinsLockTheUserAndTheDialogSaysForHowLong() {
        model.ask("shift.close", null);
        model.login().set(TrainingStaff.SUPERVISOR);
        for (int i = 0; i < Staff.ATTEMPTS; i++) {
            model.pin().set("0000");
            model.submit();
        }
        assertThat(model.message().get().key()).isEqualTo("sale.staff.locked");
        model.pin().set(TrainingStaff.PIN);
        model.submit();
        assertThat(model.message().get().key()).as("even the right PIN waits for the lock")
                .isEqualTo("sale.staff.locked");
        assertThat(model.open().get()).isTrue();
    }

    @Test
    void aSupervisorCardScannedWhileTheDialogIsOpenApproves() {
        Approval admin = staff.verify(TrainingStaff.ADMINISTRATOR, TrainingStaff.PIN.toCharArray(), Role.ADMINISTRATOR,
                "user.card", null);
        staff.setCard(TrainingStaff.SUPERVISOR, "SUP-CARD-0042".toCharArray(), admin);
        CompletableFuture<Approval> asked = model.ask("refund", null).toCompletableFuture();
        model.cardScanned("NOT-A-CARD-1");
        assertThat(model.message().get()).isEqualTo(UiMessage.till("sale.staff.card.unknown"));
        model.cardScanned("SUP-CARD-0042");
        assertThat(asked).isCompletedWithValueMatching(a -> a.login().equals("supervisor") && a.how().equals("CARD"));
    }

    @Test
    void anOperatorCannotApproveAndEscLeavesWithoutAnApproval() {
        Approval admin = staff.verify(TrainingStaff.ADMINISTRATOR, TrainingStaff.PIN.toCharArray(), Role.ADMINISTRATOR,
                "user.add", null);
        staff.add("anna", "Анна", Role.OPERATOR, "4321".toCharArray(), admin);
        CompletableFuture<Approval> asked = model.ask("refund", null).toCompletableFuture();
        model.login().set("anna");
        model.pin().set("4321");
        model.submit();
        assertThat(model.message().get()).isEqualTo(UiMessage.till("sale.staff.role", "anna", Role.SUPERVISOR));
        assertThat(asked).isNotDone();

        model.submit();
        assertThat(model.message().get()).as("no PIN typed").isEqualTo(UiMessage.ui("approval.noPin"));
        model.cancel();
        assertThat(model.open().get()).isFalse();
        assertThat(asked).isCompletedExceptionally();
        assertThat(asked.handle((a, e) -> e)).isCompletedWithValueMatching(e -> e instanceof CancellationException);
        assertThat(model.ask("refund", null)).as("a new question after Esc").isNotCompleted();
    }
}

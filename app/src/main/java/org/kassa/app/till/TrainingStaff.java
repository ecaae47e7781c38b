package org.kassa.app.till;

import org.kassa.till.staff.Approval;
import org.kassa.till.staff.Role;
import org.kassa.till.staff.Staff;

/**
 * Training mode's users, made on the first start of a training till (docs/decisions/0134): the administrator
 * {@code trainer} and the supervisor {@code supervisor}, both with the PIN {@value #PIN}. Written in the docs
 * and on purpose trivial: a training till takes no money. A production till never gets them.
 */
public final class TrainingStaff {

    public static final String ADMINISTRATOR = "trainer";
    public static final String SUPERVISOR = "supervisor";
    public static final String PIN = "1234";

    private TrainingStaff() {
    }

    static void ensure(Staff staff) {
        if (!staff.isEmpty()) {
            return;
        }
        staff.add(ADMINISTRATOR, "Учебный администратор", Role.ADMINISTRATOR, PIN.toCharArray(), null);
        Approval admin = staff.verify(ADMINISTRATOR, PIN.toCharArray(), Role.ADMINISTRATOR, "user.add", null);
        staff.add(SUPERVISOR, "Учебный старший кассир", Role.SUPERVISOR, PIN.toCharArray(), admin);
    }
}

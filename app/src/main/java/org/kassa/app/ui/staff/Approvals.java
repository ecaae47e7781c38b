package org.kassa.app.ui.staff;

import java.util.concurrent.CompletionStage;
import org.kassa.till.staff.Approval;
import org.kassa.till.staff.Role;

/**
 * Asks for a user's approval on screen (docs/decisions/0141): the stage completes on the UI thread with the
 * approval, already checked and audited by the till's {@code Staff}, or fails with a
 * {@link java.util.concurrent.CancellationException} when the operator leaves the dialog with Esc.
 */
public interface Approvals {

    /**
     * @param needed the role that may approve (a supervisor for refunds and closing a shift)
     * @param action what is approved, as the audit trail names it ({@code refund}, {@code shift.close}); the
     *               dialog's title is the text {@code approval.action.<action>}
     * @param saleId the sale it concerns, or null
     */
    CompletionStage<Approval> ask(Role needed, String action, String saleId);

    /** A supervisor's approval. */
    default CompletionStage<Approval> ask(String action, String saleId) {
        return ask(Role.SUPERVISOR, action, saleId);
    }
}

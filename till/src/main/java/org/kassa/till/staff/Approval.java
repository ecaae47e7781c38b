package org.kassa.till.staff;

import java.time.Instant;

/**
 * A user's approval, given by their PIN or supervisor card and already written to the audit trail.
 *
 * @param how {@code PIN} or {@code CARD}
 */
public record Approval(String login, Role role, Instant at, String how) {

    /** The approval the training day uses for itself, recorded like any other. */
    public boolean mayActAs(Role needed) {
        return role.mayActAs(needed);
    }
}

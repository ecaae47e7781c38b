package org.kassa.till.staff;

import java.time.Instant;

/** A till user as others may see them: no PIN, no card, only whether they have a card and are locked. */
public record StaffMember(String login, String displayName, Role role, boolean hasCard, Instant lockedUntil) {
}

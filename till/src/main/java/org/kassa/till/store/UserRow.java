package org.kassa.till.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A till user as stored. The PIN and the supervisor card are Argon2id hashes (PHC strings), never the values.
 *
 * @param role           OPERATOR, SUPERVISOR or ADMINISTRATOR
 * @param cardHash       hash of the supervisor card's barcode, or null
 * @param failedAttempts wrong PINs in a row since the last right one
 * @param lockedUntil    no PIN is checked before this moment, or null
 */
public record UserRow(String login, String displayName, String role, String pinHash, String cardHash,
                      int failedAttempts, Instant lockedUntil, Instant createdAt, Instant updatedAt) {

    public UserRow {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(pinHash, "pinHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    @Override
    public String toString() {
        return "UserRow[" + login + ", " + role + ", failedAttempts=" + failedAttempts + ", lockedUntil=" + lockedUntil
                + "]";
    }
}

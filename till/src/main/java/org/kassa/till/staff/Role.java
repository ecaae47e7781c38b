package org.kassa.till.staff;

/** What a user may do; each role may do everything the ones before it may. */
public enum Role {
    /** Sells. */
    OPERATOR,
    /** Also approves refunds and cancels, opens and closes shifts. */
    SUPERVISOR,
    /** Also adds users and changes other users' PINs. */
    ADMINISTRATOR;

    public boolean mayActAs(Role needed) {
        return ordinal() >= needed.ordinal();
    }
}

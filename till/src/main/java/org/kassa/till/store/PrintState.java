package org.kassa.till.store;

/** Where a print job is: PENDING until sent; STATUS_UNKNOWN when the printer did not confirm (ask before reprinting). */
public enum PrintState {
    PENDING, PRINTED, STATUS_UNKNOWN, FAILED
}

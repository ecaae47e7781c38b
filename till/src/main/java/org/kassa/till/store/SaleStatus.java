package org.kassa.till.store;

/** State of a sale: OPEN while the operator adds lines, then PAID, CANCELLED (before payment) or VOIDED (after). */
public enum SaleStatus {
    OPEN, PAID, CANCELLED, VOIDED
}

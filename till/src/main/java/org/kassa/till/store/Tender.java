package org.kassa.till.store;

/** How a payment is made. */
public enum Tender {
    KOSHELEK, CASH
}

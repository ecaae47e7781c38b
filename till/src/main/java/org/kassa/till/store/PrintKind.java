package org.kassa.till.store;

/** What a print job prints. */
public enum PrintKind {
    RECEIPT, SLIP, REPORT
}

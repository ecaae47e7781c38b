package org.kassa.till.store;

/** An operation on a payment after it was made. */
public enum OperationKind {
    CANCEL, REFUND
}

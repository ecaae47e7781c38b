package org.kassa.till.store;

/** What an outbox row asks the central store to take in (docs/decisions/0171). */
public enum OutboxKind {
    /** A sale in a final state with its lines, payments and their cancels/refunds. */
    SALE,
    /** A refund or cancel in a final state with its lines and its payment operation. */
    REFUND,
    /** A shift, opened or closed (with its counted cash and Z report). */
    SHIFT
}

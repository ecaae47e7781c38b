package org.kassa.till.sale;

/** A sale is never deleted: it ends completed (paid), cancelled before payment, or voided after it. */
public enum SaleStatus {
    OPEN, PAID, CANCELLED, VOIDED;

    public boolean isClosed() {
        return this != OPEN;
    }
}

package org.kassa.till.tender;

/** How a sale is paid. */
public enum Tender {
    KOSHELEK, CASH
}

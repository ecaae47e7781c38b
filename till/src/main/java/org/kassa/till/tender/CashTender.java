package org.kassa.till.tender;

import org.kassa.till.sale.SaleRuleException;

/** Cash: what is given must cover what is due; the change is the difference. */
public final class CashTender {

    private CashTender() {
    }

    public static long change(long due, long given) {
        if (given < due) {
            throw new SaleRuleException("cash.notEnough", given, due);
        }
        return given - due;
    }
}

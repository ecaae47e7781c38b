package org.kassa.till.sale;

import org.kassa.till.catalog.Product;

/** Catalog products shared by the till's tests. */
public final class SaleTestProducts {

    public static final Product BREAD = SaleTest.BREAD;
    public static final Product CHEESE = SaleTest.CHEESE;

    private SaleTestProducts() {
    }
}

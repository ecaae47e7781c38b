package org.kassa.till.catalog;

/** TEMPORARY stand-in until the store branch lands. */
public record Product(String article, String barcode, String name, long priceKopecks, Measure measure, String vat) {
}

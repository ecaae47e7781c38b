package org.kassa.till;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import org.kassa.payclient.PayClient;
import org.kassa.printer.Printer;
import org.kassa.till.receipt.SaleReceipt;
import org.kassa.till.sale.ProductLookup;
import org.kassa.till.text.TillTexts;
import org.kassa.totp.PasscodeVerify;

/**
 * Everything a till runs on, built once by the app's wiring (or a test).
 *
 * @param tillId   this till's short id: it prefixes order ids so that tills of one shop never collide
 * @param training training mode: marked on every receipt and record
 * @param pay      the Pay API client (the in-process sandbox in training mode)
 * @param printer  the receipt printer (the virtual one in training mode)
 * @param operator who acts, recorded on closed sales
 */
public record TillSetup(String tillId, boolean training, Clock clock, ZoneId zone, PasscodeVerify passcodes,
                        PayClient pay, ProductLookup products, TillRecords records, Printer printer,
                        SaleReceipt receipt, TillTexts texts, String operator, Duration printTimeout) {

    public TillSetup {
        Objects.requireNonNull(tillId, "tillId");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(passcodes, "passcodes");
        Objects.requireNonNull(pay, "pay");
        Objects.requireNonNull(products, "products");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(operator, "operator");
    }
}

package org.kassa.payclient.api;

import java.util.List;

/** The fiscal receipt of a completed payment, as sent with {@link ReceiptRequest}; amounts in kopecks. */
public record Invoice(String orderId, String receiptId, String merchantName, String merchantAddress, String inn,
                      String dateTime, String shift, String cashier, String taxation, String kktRegNumber,
                      String fnNumber, String fdNumber, String fpd, String website, String receiptType, String qr,
                      long totalAmount, String currency, Long discountAmount, Long subTotalAmount, Long taxAmount,
                      List<Item> items) {

    public Invoice {
        items = List.copyOf(items);
    }
}

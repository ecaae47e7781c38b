package org.kassa.payclient.api;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The slip of a payment, cancel or refund: every field is stored by the till and printed in the Koshelek
 * block. {@code operationDateTime} is kept as sent; {@link #operationTime()} parses it when it can.
 */
public record Slip(String id, String paymentTransactionId, String refundTransactionId, String paymentType,
                   String terminalId, String storeId, String orderId, String merchantId, String operationDateTime,
                   String operationId, String qrcId, String kzo, Long totalAmount, String currency) {

    public Optional<OffsetDateTime> operationTime() {
        try {
            return Optional.ofNullable(operationDateTime).map(OffsetDateTime::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

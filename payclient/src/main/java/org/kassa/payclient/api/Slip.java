package org.kassa.payclient.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The slip of a payment, cancel or refund: every field is stored by the till and printed in the Koshelek
 * block. {@code operationDateTime} is kept as sent; {@link #operationTime()} parses it when it can.
 *
 * @param rawJson the slip object exactly as the server sent it (the bytes between its braces, braces
 *                included), with fields this record does not know; null only for a slip not read from an
 *                answer. The till stores this text: the typed fields are for printing and checks.
 */
public record Slip(String id, String paymentTransactionId, String refundTransactionId, String paymentType,
                   String terminalId, String storeId, String orderId, String merchantId, String operationDateTime,
                   String operationId, String qrcId, String kzo, Long totalAmount, String currency,
                   @JsonIgnore String rawJson) {

    /** This slip with the exact text it was read from. */
    public Slip withRawJson(String raw) {
        return new Slip(id, paymentTransactionId, refundTransactionId, paymentType, terminalId, storeId, orderId,
                merchantId, operationDateTime, operationId, qrcId, kzo, totalAmount, currency, raw);
    }

    public Optional<OffsetDateTime> operationTime() {
        try {
            return Optional.ofNullable(operationDateTime).map(OffsetDateTime::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

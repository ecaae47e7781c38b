package org.kassa.till.store;

import org.kassa.payclient.api.Slip;

/**
 * The slip of a payment as stored: the fields the Koshelek block prints, plus the raw JSON as received.
 *
 * @param rawJson the slip object exactly as the server sent it (for reprints and disputes), or null
 */
public record SlipFields(String slipId, String orderId, String paymentTransactionId, String refundTransactionId,
                         String qrcId, String kzo, String operationDateTime, String rawJson) {

    public static final SlipFields NONE = new SlipFields(null, null, null, null, null, null, null, null);

    public static SlipFields of(Slip slip, String rawJson) {
        if (slip == null) {
            return NONE;
        }
        return new SlipFields(slip.id(), slip.orderId(), slip.paymentTransactionId(), slip.refundTransactionId(),
                slip.qrcId(), slip.kzo(), slip.operationDateTime(), rawJson);
    }
}

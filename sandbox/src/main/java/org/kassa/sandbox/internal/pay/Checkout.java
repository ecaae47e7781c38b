package org.kassa.sandbox.internal.pay;

/** The fields of a checkout request the sandbox keeps, plus the slip identifiers it made up. */
record Checkout(String requestId, String cardSession, String storeId, String terminalId, String orderId,
                long totalAmount, String paymentType, SlipIds slipIds) {

    /** Identifiers printed on the slip; qrcId and kzo only for SBP. */
    record SlipIds(String slipId, String paymentTransactionId, String qrcId, String kzo) {
    }
}

package org.kassa.sandbox.internal.pay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The JSON answers of the Pay API v1.2.1, built from ledger records (called under the ledger's lock). */
final class PayViews {

    static final String MERCHANT_ID = "MA0000000000";
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private PayViews() {
    }

    static ObjectNode checkout(String requestId, PaymentRecord payment) {
        ObjectNode node = head(requestId, payment);
        node.set("slip", paymentSlip(payment));
        putIfPresent(node, "errorCode", payment.errorCode);
        return node;
    }

    /** The status answer (also the postback body); {@code refund} when the caller asked about one. */
    static ObjectNode status(String requestId, PaymentRecord payment, RefundRecord refund) {
        ObjectNode node = head(requestId, payment);
        if (Triggers.ending(payment.checkout.totalAmount()) == Triggers.UNKNOWN_STATUS) {
            node.put("futureField", "ignore me");
            if (payment.undecided()) {
                node.put("status", Triggers.FUTURE_STATUS);
            }
        }
        boolean sbp = "SBP".equals(payment.checkout.paymentType());
        node.put("paymentGroup", sbp ? "SBP" : "INSTALLMENT");
        node.put("paymentProvider", payment.checkout.paymentType());
        if (refund == null) {
            // "statuses of the payment and of the cancel transaction": the latest cancel or refund rides along
            if (!payment.refunds.isEmpty()) {
                RefundRecord latest = payment.refunds.get(payment.refunds.size() - 1);
                node.put("refTransactionId", latest.refTransactionId);
                node.put("refStatus", latest.refStatus);
            }
            node.set("slip", paymentSlip(payment));
            putIfPresent(node, "errorCode", payment.errorCode);
        } else {
            node.put("refTransactionId", refund.refTransactionId);
            node.put("refStatus", refund.refStatus);
            node.set("slip", refundSlip(payment, refund));
            putIfPresent(node, "errorCode", refund.errorCode);
        }
        return node;
    }

    /** The answer of cancel and refund. */
    static ObjectNode operation(String requestId, PaymentRecord payment, RefundRecord refund) {
        ObjectNode node = RequestJson.MAPPER.createObjectNode();
        node.put("requestId", requestId);
        node.put("refTransactionId", refund.refTransactionId);
        node.put("refStatus", refund.refStatus);
        node.put("transactionId", payment.transactionId);
        node.put("status", payment.status);
        node.set("slip", refundSlip(payment, refund));
        putIfPresent(node, "errorCode", refund.errorCode);
        return node;
    }

    private static ObjectNode head(String requestId, PaymentRecord payment) {
        ObjectNode node = RequestJson.MAPPER.createObjectNode();
        node.put("requestId", requestId);
        node.put("transactionId", payment.transactionId);
        node.put("status", payment.status);
        return node;
    }

    private static ObjectNode paymentSlip(PaymentRecord payment) {
        return slip(payment, payment.checkout.slipIds().slipId(), payment.createdAt, payment.checkout.totalAmount());
    }

    private static ObjectNode refundSlip(PaymentRecord payment, RefundRecord refund) {
        ObjectNode slip = slip(payment, refund.slipId, refund.createdAt, refund.amount);
        slip.put("refundTransactionId", refund.refTransactionId);
        slip.put("operationId", refund.refTransactionId);
        return slip;
    }

    private static ObjectNode slip(PaymentRecord payment, String slipId, Instant at, long amount) {
        Checkout checkout = payment.checkout;
        ObjectNode slip = RequestJson.MAPPER.createObjectNode();
        slip.put("id", slipId);
        slip.put("paymentTransactionId", checkout.slipIds().paymentTransactionId());
        slip.put("paymentType", checkout.paymentType());
        slip.put("terminalId", checkout.terminalId());
        slip.put("storeId", checkout.storeId());
        slip.put("orderId", checkout.orderId());
        slip.put("merchantId", MERCHANT_ID);
        slip.put("operationDateTime", ISO_MILLIS.format(at.truncatedTo(ChronoUnit.MILLIS)));
        slip.put("totalAmount", amount);
        slip.put("currency", "RUB");
        putIfPresent(slip, "qrcId", checkout.slipIds().qrcId());
        putIfPresent(slip, "kzo", checkout.slipIds().kzo());
        return slip;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}

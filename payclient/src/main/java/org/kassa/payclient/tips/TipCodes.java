package org.kassa.payclient.tips;

import java.util.List;

/** Every code the tips catalog explains: the vendor's (docs/contracts.md#pay-api-error-catalog) and Kassa's own. */
public final class TipCodes {

    /** Codes of Kassa itself (network, timeouts, local rules). */
    public static final String NETWORK_FAILURE = "NETWORK_FAILURE";
    public static final String NETWORK_TIMEOUT = "NETWORK_TIMEOUT";
    public static final String STATUS_TIMEOUT = "STATUS_TIMEOUT";
    public static final String SERVER_ERROR = "SERVER_ERROR";
    public static final String UNEXPECTED_RESPONSE = "UNEXPECTED_RESPONSE";
    public static final String AUTHENTICATION_FAILED = "AUTHENTICATION_FAILED";
    public static final String CANCEL_AFTER_PAYMENT = "CANCEL_AFTER_PAYMENT";
    public static final String REFUND_WHOLE_ONLY = "REFUND_WHOLE_ONLY";
    public static final String REFUND_NOT_IN_SALE = "REFUND_NOT_IN_SALE";
    public static final String PAYMENT_TYPE_NOT_ALLOWED = "PAYMENT_TYPE_NOT_ALLOWED";
    public static final String PAYMENT_NOT_AVAILABLE = "PAYMENT_NOT_AVAILABLE";
    public static final String CANCELED_BY_OPERATOR = "CANCELED_BY_OPERATOR";
    public static final String LOCAL_FAILURE = "LOCAL_FAILURE";
    public static final String JOURNAL_FAILED = "JOURNAL_FAILED";
    public static final String UNKNOWN = "UNKNOWN";

    /** The vendor's codes: HTTP 422 {@code code}, HTTP 200 {@code errorCode}, status errorCodes. */
    public static final List<String> VENDOR = List.of(
            "EXTERNAL_PROVIDER_ERROR", "UNKNOWN_SESSION_ID", "UNKNOWN_TRANSACTION_ID", "UNKNOWN_PARTNER_ID",
            "WRONG_TRANSACTION_STATE_CHANGE", "PAYMENT_TRANSACTION_IS_NOT_PAID", "CANCEL_REFUNDING_BY_BANK",
            "TRANSACTION_FOR_SESSION_ID_ALREADY_EXISTS", "TRANSACTION_FOR_SESSION_ID_ALREADY_PAYED",
            "TRANSACTION_IN_PROCESSING", "NOT_ENOUGH_LIMIT_TO_PAY", "TOTAL_AMOUNT_IS_TOO_SMALL",
            "TERMINAL_STATE_OF_PAYMENT_TRANSACTION", "PAYMENT_TRANSACTION_IS_BEING_REFUNDED_ALREADY",
            "REQUESTED_REFUND_AMOUNT_IS_GREATER_THAN_AVAILABLE",
            "UNEXPECTED_REFUND_AMOUNT_LEFT_FROM_EXTERNAL_PROVIDER", "SUBSCRIPTION_IS_NOT_FOUND",
            "PAYMENT_DECLINED_BY_EXTERNAL_PROVIDER", "PAYMENT_ORDER_IS_NOT_FOUND", "INVALID_TOKEN");

    /** Kassa's own codes. */
    public static final List<String> KASSA = List.of(NETWORK_FAILURE, NETWORK_TIMEOUT, STATUS_TIMEOUT, SERVER_ERROR,
            UNEXPECTED_RESPONSE, AUTHENTICATION_FAILED, CANCEL_AFTER_PAYMENT, REFUND_WHOLE_ONLY, REFUND_NOT_IN_SALE,
            PAYMENT_TYPE_NOT_ALLOWED, PAYMENT_NOT_AVAILABLE, CANCELED_BY_OPERATOR, LOCAL_FAILURE, JOURNAL_FAILED);

    private TipCodes() {
    }

    /** Every code with its own entry in the catalog. */
    public static List<String> all() {
        return java.util.stream.Stream.concat(VENDOR.stream(), KASSA.stream()).toList();
    }
}

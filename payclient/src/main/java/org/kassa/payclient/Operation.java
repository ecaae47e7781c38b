package org.kassa.payclient;

/**
 * Every outgoing call of the till's payment clients, with its HTTP method, path and the service it goes to:
 * the Pay API v1.2.1 calls and Craftgate's meal-card storage calls. One enum, so that one journal
 * ({@link CallListener}) records both.
 */
public enum Operation {
    AVAILABILITY(Service.PAY, "POST", "/api/v1/merchant/availability-info/task", true),
    AVAILABILITY_POLL(Service.PAY, "GET", "/api/v1/merchant/availability-info/", false),
    CHECKOUT(Service.PAY, "POST", "/api/v1/merchant/checkout", true),
    STATUS(Service.PAY, "POST", "/api/v1/merchant/transaction/status", false),
    RECEIPT(Service.PAY, "POST", "/api/v1/merchant/transaction/receipt", false),
    CANCEL(Service.PAY, "POST", "/api/v1/merchant/transaction/cancel", false),
    REFUND(Service.PAY, "POST", "/api/v1/merchant/transaction/refund", true),
    MEAL_CARD_INIT(Service.CRAFTGATE, "POST", "/payment/v1/meal-voucher/card-tokenizations/init", false),
    MEAL_CARD_REGENERATE(Service.CRAFTGATE, "POST",
            "/payment/v1/meal-voucher/card-tokenizations/{sessionId}/regenerate", false),
    MEAL_CARD_COMPLETE(Service.CRAFTGATE, "POST",
            "/payment/v1/meal-voucher/card-tokenizations/{sessionId}/complete", false);

    /** Which server a call goes to. */
    public enum Service { PAY, CRAFTGATE }

    private final Service service;
    private final String method;
    private final String path;
    private final boolean tokenRequired;

    Operation(Service service, String method, String path, boolean tokenRequired) {
        this.service = service;
        this.method = method;
        this.path = path;
        this.tokenRequired = tokenRequired;
    }

    public Service service() {
        return service;
    }

    public String method() {
        return method;
    }

    /**
     * The path below the base URL; for {@link #AVAILABILITY_POLL} the prefix before the id, for the meal-card
     * regenerate and complete a template with {@code {sessionId}} (the call's own path is the filled one).
     */
    public String path() {
        return path;
    }

    /** Whether the Pay API wants the TOTP {@code token} header (never for Craftgate, which signs every call). */
    public boolean tokenRequired() {
        return tokenRequired;
    }
}

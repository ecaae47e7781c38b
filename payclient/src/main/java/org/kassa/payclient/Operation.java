package org.kassa.payclient;

/** The Pay API v1.2.1 calls, with their paths and whether they carry the {@code token} header. */
public enum Operation {
    AVAILABILITY("POST", "/api/v1/merchant/availability-info/task", true),
    AVAILABILITY_POLL("GET", "/api/v1/merchant/availability-info/", false),
    CHECKOUT("POST", "/api/v1/merchant/checkout", true),
    STATUS("POST", "/api/v1/merchant/transaction/status", false),
    RECEIPT("POST", "/api/v1/merchant/transaction/receipt", false),
    CANCEL("POST", "/api/v1/merchant/transaction/cancel", false),
    REFUND("POST", "/api/v1/merchant/transaction/refund", true);

    private final String method;
    private final String path;
    private final boolean tokenRequired;

    Operation(String method, String path, boolean tokenRequired) {
        this.method = method;
        this.path = path;
        this.tokenRequired = tokenRequired;
    }

    public String method() {
        return method;
    }

    /** The path below the base URL; for {@link #AVAILABILITY_POLL} the prefix before the id. */
    public String path() {
        return path;
    }

    public boolean tokenRequired() {
        return tokenRequired;
    }
}

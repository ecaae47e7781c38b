package org.kassa.payclient.sandbox.internal.pay;

/** A vendor error: becomes HTTP 422 {@code {"code", "details"}}. */
public final class PayError extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String code;

    public PayError(String code, String details) {
        super(details, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}

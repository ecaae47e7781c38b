package org.kassa.sandbox.internal.pay;

/** A request the sandbox cannot read (not JSON, a missing or wrong-typed field): HTTP 400. */
public final class BadRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadRequest(String details) {
        super(details, null, false, false);
    }
}

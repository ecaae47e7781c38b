package org.kassa.payclient.http;

import java.io.IOException;

/** The server sent more than the client reads; the answer is refused rather than truncated. */
final class OversizedBodyException extends IOException {

    private static final long serialVersionUID = 1L;

    OversizedBodyException(int limit) {
        super("answer larger than " + limit + " bytes");
    }
}

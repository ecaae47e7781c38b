package org.kassa.payclient.api;

import java.util.UUID;

/** New idempotency keys: 36-character GUIDs, one per operation, reused by every resend. */
public final class RequestIds {

    private RequestIds() {
    }

    public static String next() {
        return UUID.randomUUID().toString();
    }
}

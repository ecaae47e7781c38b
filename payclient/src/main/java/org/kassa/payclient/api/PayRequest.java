package org.kassa.payclient.api;

import org.kassa.payclient.Operation;

/** A request body of the Pay API: it knows its call and carries its idempotency key. */
public interface PayRequest {

    String requestId();

    Operation operation();
}

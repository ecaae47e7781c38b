package org.kassa.payclient.craftgate;

import org.kassa.payclient.CallListener;
import org.kassa.payclient.Operation;
import org.kassa.payclient.craftgate.internal.CraftgateCaller;
import org.kassa.payclient.craftgate.internal.CraftgateJson;
import org.kassa.payclient.craftgate.internal.RequestValidator;

/**
 * Craftgate meal voucher card storage: init, regenerate and complete (METROPOL only), with the paths and fields
 * of docs/contracts.md#craftgate-calls. Every request is checked before it is sent, signed, and retried only
 * where safe. Thread-safe; close it to release its connections.
 */
public final class CraftgateClient implements AutoCloseable {

    static final String BASE_PATH = "/payment/v1/meal-voucher/card-tokenizations";

    private final CraftgateCaller caller;

    private CraftgateClient(CraftgateCaller caller) {
        this.caller = caller;
    }

    public static CraftgateClient create(CraftgateSettings settings) {
        return create(settings, CallListener.NONE);
    }

    /**
     * A client whose journal {@code listener} hears every call (exact body bytes) before it goes out, and may
     * stop it by throwing (the call then fails with {@link CraftgateTransportException.Kind#JOURNAL}), and
     * hears every answer as received.
     */
    public static CraftgateClient create(CraftgateSettings settings, CallListener listener) {
        return new CraftgateClient(new CraftgateCaller(settings, listener));
    }

    /** Starts storing a card; the answer says whether to show HTML, redirect, or ask for the SMS code. */
    public TokenizationStep init(InitRequest request) {
        RequestValidator.tokenizationData(request.apmType(), request.data());
        byte[] body = CraftgateJson.initBody(request.apmType(), request.data());
        return CraftgateJson.step(caller.call(Operation.MEAL_CARD_INIT, BASE_PATH + "/init", body, request.idempotencyKey()));
    }

    /** Restarts a session, e.g. after the customer closed the provider's page or the SMS code expired. */
    public TokenizationStep regenerate(RegenerateRequest request) {
        RequestValidator.sessionId(request.apmType(), request.sessionId());
        RequestValidator.tokenizationData(request.apmType(), request.data());
        byte[] body = CraftgateJson.regenerateBody(request.data());
        String path = BASE_PATH + "/" + request.sessionId() + "/regenerate";
        return CraftgateJson.step(caller.call(Operation.MEAL_CARD_REGENERATE, path, body, request.idempotencyKey()));
    }

    /** Finishes a METROPOL session with the customer's SMS code. */
    public StoredMealCard complete(CompleteRequest request) {
        RequestValidator.complete(request.apmType(), request.sessionId(), request.validationCode());
        byte[] body = CraftgateJson.completeBody(request.validationCode());
        String path = BASE_PATH + "/" + request.sessionId() + "/complete";
        return CraftgateJson.storedCard(caller.call(Operation.MEAL_CARD_COMPLETE, path, body, request.idempotencyKey()));
    }

    @Override
    public void close() {
        caller.close();
    }
}

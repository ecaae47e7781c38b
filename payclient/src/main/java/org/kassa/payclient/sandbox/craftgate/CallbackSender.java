package org.kassa.payclient.sandbox.craftgate;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hc.core5.http.ContentType;
import org.kassa.payclient.craftgate.CallbackHash;
import org.kassa.payclient.craftgate.CraftgateTransportException;
import org.kassa.payclient.craftgate.internal.CraftgateJson;
import org.kassa.payclient.craftgate.internal.HttpTransport;

/** Sends a tokenization result to the merchant's callback URL, hashed as Craftgate does, or spoiled on purpose. */
final class CallbackSender implements AutoCloseable {

    static final String SIGNED_ORDER = "sessionId:status:maskedCardNumber:fingerprint";

    private final String callbackKey;
    private final HttpTransport transport = new HttpTransport(Duration.ofSeconds(2), Duration.ofSeconds(5));

    CallbackSender(String callbackKey) {
        this.callbackKey = callbackKey;
    }

    /** The parameters Craftgate would send; masked number and fingerprint are null for a FAILURE. */
    Map<String, String> params(String sessionId, String status, String masked, String fingerprint,
                               CallbackForgery forgery) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("sessionId", sessionId);
        p.put("status", status);
        p.put("maskedCardNumber", masked);
        p.put("fingerprint", fingerprint);
        p.put("hashParams", forgery == CallbackForgery.UNSIGNED_STATUS
                ? "sessionId:maskedCardNumber:fingerprint" : SIGNED_ORDER);
        String key = forgery == CallbackForgery.WRONG_KEY ? "forgedCallbackKeyForgedCallbackK" : callbackKey;
        p.put("hash", CallbackHash.compute(p, key));
        if (forgery == CallbackForgery.TAMPERED_STATUS) {
            p.put("status", "SUCCESS".equals(status) ? "FAILURE" : "SUCCESS");
        }
        if (forgery == CallbackForgery.MISSING_HASH) {
            p.remove("hash");
        }
        return p;
    }

    DeliveredCallback send(URI url, Map<String, String> params, boolean asJson) {
        byte[] body;
        ContentType type;
        if (asJson) {
            body = CraftgateJson.MAPPER.valueToTree(params).toString().getBytes(StandardCharsets.UTF_8);
            type = ContentType.APPLICATION_JSON;
        } else {
            StringBuilder form = new StringBuilder();
            params.forEach((k, v) -> {
                if (v != null) { // a form cannot say null: the parameter is left out
                    form.append(form.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                            .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
                }
            });
            body = form.toString().getBytes(StandardCharsets.UTF_8);
            type = ContentType.APPLICATION_FORM_URLENCODED;
        }
        try {
            return new DeliveredCallback(url, params, transport.post(url, Map.of(), body, type).status());
        } catch (CraftgateTransportException e) {
            return new DeliveredCallback(url, params, -1);
        }
    }

    @Override
    public void close() {
        transport.close();
    }
}

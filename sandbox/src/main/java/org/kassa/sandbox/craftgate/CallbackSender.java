package org.kassa.sandbox.craftgate;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Sends a tokenization result to the merchant's callback URL, hashed as Craftgate does, or spoiled on purpose. */
final class CallbackSender implements AutoCloseable {

    static final String SIGNED_ORDER = "sessionId:status:maskedCardNumber:fingerprint";

    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(5);

    private final String callbackKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();

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
        p.put("hash", CallbackSignature.hash(p, key));
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
        String type;
        if (asJson) {
            body = Json.MAPPER.valueToTree(params).toString().getBytes(StandardCharsets.UTF_8);
            type = "application/json; charset=UTF-8";
        } else {
            StringBuilder form = new StringBuilder();
            params.forEach((k, v) -> {
                if (v != null) { // a form cannot say null: the parameter is left out
                    form.append(form.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                            .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
                }
            });
            body = form.toString().getBytes(StandardCharsets.UTF_8);
            type = "application/x-www-form-urlencoded; charset=UTF-8";
        }
        HttpRequest request = HttpRequest.newBuilder(url).timeout(RESPONSE_TIMEOUT).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new DeliveredCallback(url, params, status);
        } catch (IOException | IllegalArgumentException e) {
            return new DeliveredCallback(url, params, -1); // unreachable receiver: the test or trainee sees -1
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveredCallback(url, params, -1);
        }
    }

    @Override
    public void close() {
        // HttpClient on Java 17 has no close; its threads are daemons and end with the sandbox's JVM.
    }
}

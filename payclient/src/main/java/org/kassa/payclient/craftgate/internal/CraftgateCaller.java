package org.kassa.payclient.craftgate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.hc.core5.http.ContentType;
import org.kassa.payclient.CallListener;
import org.kassa.payclient.Operation;
import org.kassa.payclient.OutgoingCall;
import org.kassa.payclient.RetryPolicy;
import org.kassa.payclient.craftgate.CraftgateApiException;
import org.kassa.payclient.craftgate.CraftgateSettings;
import org.kassa.payclient.craftgate.CraftgateTransportException;
import org.kassa.payclient.craftgate.CraftgateTransportException.Kind;
import org.kassa.payclient.http.HttpReply;
import org.kassa.payclient.http.PayTransport;
import org.kassa.payclient.http.ResendRule;

/**
 * Signs, sends and unwraps one call, with bounded retries where they are safe: a call that surely never
 * reached the server is always repeated; one that may have been processed (timeout, reset, 5xx, 429) only
 * when it carries an idempotency key, which stays the same on every attempt. Each attempt gets a fresh
 * random {@code x-rnd-key} and signature over the same body bytes. Sent over the shared transport.
 */
public final class CraftgateCaller implements AutoCloseable {

    private static final Duration BACKOFF_BASE = Duration.ofMillis(200);
    private static final Duration BACKOFF_CAP = Duration.ofSeconds(2);

    private final CraftgateSettings settings;
    private final HttpTransport transport;
    private final CallListener listener;
    private final RetryPolicy retry;

    public CraftgateCaller(CraftgateSettings settings, CallListener listener) {
        this.settings = settings;
        this.transport = new HttpTransport(settings.connectTimeout(), settings.responseTimeout());
        this.listener = listener;
        this.retry = new RetryPolicy(settings.maxAttempts(), BACKOFF_BASE, BACKOFF_CAP);
    }

    /**
     * POSTs {@code body} to {@code path} and returns the {@code data} object of the answer. The listener hears
     * every attempt before it is sent (step {@code meal-card-init} etc.) and every answer.
     */
    public JsonNode call(Operation operation, String path, byte[] body, String idempotencyKey) {
        boolean keyed = idempotencyKey != null;
        ResendRule safe = new ResendRule(status -> keyed && (status >= 500 || status == 429),
                kind -> keyed || !kind.mayHaveReachedServer());
        OutgoingCall call = new OutgoingCall(operation, path, idempotencyKey, body);
        String step = operation.name().toLowerCase(Locale.ROOT).replace('_', '-');
        HttpReply reply = transport.post(URI.create(settings.baseUrlText() + path),
                attempt -> headers(path, body, idempotencyKey), body, ContentType.APPLICATION_JSON, retry, safe,
                "craftgate " + step, PayTransport.hooks(step, call, listener));
        return unwrap(reply);
    }

    private Map<String, String> headers(String path, byte[] body, String idempotencyKey) {
        String rnd = UUID.randomUUID().toString();
        String text = body.length == 0 ? null : new String(body, StandardCharsets.UTF_8);
        Map<String, String> h = new LinkedHashMap<>();
        h.put(RequestSignature.API_KEY, settings.apiKey());
        h.put(RequestSignature.RND_KEY, rnd);
        h.put(RequestSignature.AUTH_VERSION, RequestSignature.VERSION_V1);
        h.put(RequestSignature.SIGNATURE, RequestSignature.sign(settings.baseUrlText(), path, settings.apiKey(),
                settings.secretKey(), rnd, text));
        if (idempotencyKey != null) {
            h.put(RequestSignature.IDEMPOTENCY_KEY, idempotencyKey);
        }
        h.put("Accept", "application/json");
        return h;
    }

    private static JsonNode unwrap(HttpReply result) {
        JsonNode root;
        try {
            root = CraftgateJson.parse(result.body());
        } catch (CraftgateTransportException e) {
            if (result.status() >= 300) {
                throw new CraftgateTransportException(Kind.HTTP_STATUS, result.status() >= 500,
                        "Craftgate answered HTTP " + result.status() + " without an error description; "
                                + "try again later", null);
            }
            throw e;
        }
        JsonNode errors = root.get("errors");
        if (errors != null && errors.isObject()) {
            throw new CraftgateApiException(result.status(), CraftgateJson.text(errors, "errorCode"),
                    CraftgateJson.text(errors, "errorDescription"), CraftgateJson.text(errors, "errorGroup"));
        }
        if (result.status() >= 300) {
            throw new CraftgateTransportException(Kind.HTTP_STATUS, result.status() >= 500,
                    "Craftgate answered HTTP " + result.status() + " without an error description; try again later",
                    null);
        }
        JsonNode data = root.get("data");
        if (data == null || !data.isObject()) {
            throw new CraftgateTransportException(Kind.MALFORMED_RESPONSE, true,
                    "unexpected answer from Craftgate: no data object; try again, and report it if it repeats", null);
        }
        return data;
    }

    @Override
    public void close() {
        transport.close();
    }
}

package org.kassa.sandbox.craftgate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kassa.payclient.craftgate.ApmType;
import org.kassa.payclient.craftgate.CardTokenizationData;

/**
 * What each APM type does in the sandbox: an HTML form (MULTINET, SETCARD), a redirect page (SODEXO,
 * TOKENFLEX), an SMS code (METROPOL, completed with {@link CraftgateSandboxSettings#otpCode()}), or an
 * immediate result (EDENRED). Form and redirect flows end with a hashed callback.
 */
final class TokenizationFlows {

    static final String PAGES = "/payment/v1/meal-voucher/sandbox/";
    static final BigDecimal TRAINING_BALANCE = new BigDecimal("250.75");

    private final CraftgateSandboxSettings settings;
    private final CallbackSender sender;
    private final Map<String, SandboxSession> sessions = new ConcurrentHashMap<>();
    private final List<DeliveredCallback> delivered = new CopyOnWriteArrayList<>();
    volatile CallbackForgery forgery = CallbackForgery.NONE;
    volatile boolean jsonCallbacks;

    TokenizationFlows(CraftgateSandboxSettings settings) {
        this.settings = settings;
        this.sender = new CallbackSender(settings.callbackKey());
    }

    Reply init(JsonNode body, String base) {
        ApmType apm;
        try {
            apm = ApmType.parse(Json.text(body, "apmType"));
        } catch (IllegalArgumentException e) {
            return Reply.error(400, "MISSING_FIELD", "apmType is missing or unknown", "VALIDATION");
        }
        CardTokenizationData data = data(body);
        Reply missing = missingField(apm, data);
        if (missing != null) {
            return missing;
        }
        SandboxSession session = new SandboxSession(UUID.randomUUID().toString(), apm, data);
        sessions.put(session.id, session);
        return step(session, base);
    }

    Reply regenerate(String id, JsonNode body, String base) {
        SandboxSession session = sessions.get(id);
        if (session == null) {
            return notFound(id);
        }
        CardTokenizationData data = data(body);
        Reply missing = missingField(session.apmType, data);
        if (missing != null) {
            return missing;
        }
        synchronized (session) {
            session.data = data;
            session.finished = false;
        }
        return step(session, base);
    }

    Reply complete(String id, JsonNode body) {
        SandboxSession session = sessions.get(id);
        if (session == null) {
            return notFound(id);
        }
        if (session.apmType != ApmType.METROPOL) {
            return Reply.error(422, "OPERATION_NOT_SUPPORTED", "complete is only for METROPOL", "VALIDATION");
        }
        synchronized (session) {
            if (session.finished) {
                return Reply.error(422, "SESSION_ALREADY_COMPLETED", "the card is already stored", "VALIDATION");
            }
            if (!settings.otpCode().equals(Json.text(body, "validationCode"))) {
                return Reply.error(422, "INVALID_VALIDATION_CODE", "the validation code is wrong", "VALIDATION");
            }
            session.finished = true;
        }
        String card = session.data.cardNumber();
        notify(session, card);
        ObjectNode data = Json.MAPPER.createObjectNode().put("sessionId", session.id)
                .put("maskedCardNumber", SandboxPages.mask(card)).put("fingerprint", fingerprint(card));
        data.put("balance", TRAINING_BALANCE);
        return Reply.data(data);
    }

    Reply page(String id, String base) {
        SandboxSession session = sessions.get(id);
        return session == null ? notFound(id)
                : Reply.html(SandboxPages.cardChoice(session.apmType, submitUrl(base, id), session.data.cardNumber()));
    }

    /** The customer submitted the provider's form: store the chosen card and tell the merchant. */
    Reply submit(String id, Map<String, String> form) {
        SandboxSession session = sessions.get(id);
        if (session == null) {
            return notFound(id);
        }
        String card = form.getOrDefault("card", SandboxPages.GOOD_CARD);
        synchronized (session) {
            session.finished = true;
        }
        DeliveredCallback delivery = notify(session, card);
        return Reply.html(SandboxPages.result(!card.equals(SandboxPages.DECLINED_CARD), delivery));
    }

    List<DeliveredCallback> delivered() {
        return List.copyOf(delivered);
    }

    int sessionCount() {
        return sessions.size();
    }

    private Reply step(SandboxSession session, String base) {
        ObjectNode data = Json.MAPPER.createObjectNode().put("sessionId", session.id);
        switch (session.apmType) {
            case MULTINET, SETCARD -> {
                String html = SandboxPages.cardChoice(session.apmType, submitUrl(base, session.id),
                        session.data.cardNumber());
                data.put("additionalAction", "SHOW_HTML_CONTENT").put("htmlContent",
                        Base64.getEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8)));
            }
            case SODEXO, TOKENFLEX -> data.put("additionalAction", "REDIRECT_TO_URL")
                    .put("redirectUrl", base + PAGES + session.id + "/page");
            case METROPOL -> data.put("additionalAction", "OTP_REQUIRED");
            case EDENRED -> {
                data.put("additionalAction", "NONE");
                synchronized (session) {
                    session.finished = true;
                }
                notify(session, session.data.cardNumber());
            }
        }
        return Reply.data(data);
    }

    /** Sends the callback if the session has a callback URL; FAILURE for the declined card. */
    private DeliveredCallback notify(SandboxSession session, String card) {
        URI url = session.data.callbackUrl();
        if (url == null) {
            return null;
        }
        boolean declined = card.endsWith("0000");
        Map<String, String> params = sender.params(session.id, declined ? "FAILURE" : "SUCCESS",
                declined ? null : SandboxPages.mask(card), declined ? null : fingerprint(card), forgery);
        DeliveredCallback delivery = sender.send(url, params, jsonCallbacks);
        delivered.add(delivery);
        return delivery;
    }

    private static Reply missingField(ApmType apm, CardTokenizationData data) {
        String field = apm.needsCardNumber() && data.cardNumber() == null ? "cardNumber"
                : apm.needsGsmNumber() && data.gsmNumber() == null ? "gsmNumber"
                : apm.needsCallbackUrl() && data.callbackUrl() == null ? "callbackUrl" : null;
        return field == null ? null
                : Reply.error(400, "MISSING_FIELD", field + " is required for " + apm, "VALIDATION");
    }

    private static CardTokenizationData data(JsonNode body) {
        JsonNode d = body.path("mealVoucherCardTokenizationData");
        String callback = d.isObject() ? Json.text(d, "callbackUrl") : null;
        URI url = null;
        try {
            url = callback == null ? null : URI.create(callback);
        } catch (IllegalArgumentException e) {
            url = null;
        }
        return d.isObject() ? new CardTokenizationData(Json.text(d, "cardNumber"),
                Json.text(d, "userReferenceNumber"), Json.text(d, "gsmNumber"), url)
                : new CardTokenizationData(null, null, null, null);
    }

    private static Reply notFound(String id) {
        return Reply.error(404, "SESSION_NOT_FOUND", "no session " + id, "NOT_FOUND");
    }

    private static String submitUrl(String base, String id) {
        return base + PAGES + id + "/submit";
    }

    static String fingerprint(String card) {
        return HexFormat.of().formatHex(RequestSignatureCheck.sha256("kassa-sandbox-fingerprint:" + card));
    }

    void close() {
        sender.close();
    }
}

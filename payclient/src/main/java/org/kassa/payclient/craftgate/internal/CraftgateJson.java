package org.kassa.payclient.craftgate.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.kassa.payclient.craftgate.AdditionalAction;
import org.kassa.payclient.craftgate.ApmType;
import org.kassa.payclient.craftgate.CardTokenizationData;
import org.kassa.payclient.craftgate.CraftgateTransportException;
import org.kassa.payclient.craftgate.CraftgateTransportException.Kind;
import org.kassa.payclient.craftgate.StoredMealCard;
import org.kassa.payclient.craftgate.TokenizationStep;

/** The JSON of the three calls: request bodies in a fixed field order, answers read leniently. */
public final class CraftgateJson {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private CraftgateJson() {
    }

    public static byte[] initBody(ApmType apm, CardTokenizationData data) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("apmType", apm.name());
        root.set("mealVoucherCardTokenizationData", dataNode(data));
        return bytes(root);
    }

    public static byte[] regenerateBody(CardTokenizationData data) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("mealVoucherCardTokenizationData", dataNode(data));
        return bytes(root);
    }

    public static byte[] completeBody(String validationCode) {
        return bytes(MAPPER.createObjectNode().put("validationCode", validationCode));
    }

    /** The {@code data} object of an answer; null fields stay null. */
    public static TokenizationStep step(JsonNode data) {
        String action = text(data, "additionalAction");
        String html = text(data, "htmlContent");
        String redirect = text(data, "redirectUrl");
        return new TokenizationStep(text(data, "sessionId"), action == null ? null : new AdditionalAction(action),
                html == null ? null : decodeBase64(html), redirect == null ? null : uri(redirect));
    }

    public static StoredMealCard storedCard(JsonNode data) {
        JsonNode balance = data.get("balance");
        BigDecimal amount = null;
        if (balance != null && !balance.isNull()) {
            try {
                amount = balance.isNumber() ? balance.decimalValue() : new BigDecimal(balance.asText());
            } catch (NumberFormatException e) {
                throw malformed("balance is not a number");
            }
        }
        return new StoredMealCard(text(data, "sessionId"), text(data, "maskedCardNumber"),
                text(data, "fingerprint"), amount);
    }

    public static JsonNode parse(byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw malformed("the answer is not a JSON object");
            }
            return node;
        } catch (java.io.IOException e) {
            throw malformed("the answer is not JSON");
        }
    }

    public static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static ObjectNode dataNode(CardTokenizationData data) {
        ObjectNode node = MAPPER.createObjectNode();
        putIfSet(node, "cardNumber", data.cardNumber());
        putIfSet(node, "userReferenceNumber", data.userReferenceNumber());
        putIfSet(node, "gsmNumber", data.gsmNumber());
        putIfSet(node, "callbackUrl", data.callbackUrl() == null ? null : data.callbackUrl().toString());
        return node;
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    private static String decodeBase64(String text) {
        try {
            return new String(Base64.getMimeDecoder().decode(text), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed("htmlContent is not Base64");
        }
    }

    private static URI uri(String text) {
        try {
            return URI.create(text);
        } catch (IllegalArgumentException e) {
            throw malformed("redirectUrl is not a URL");
        }
    }

    private static CraftgateTransportException malformed(String what) {
        return new CraftgateTransportException(Kind.MALFORMED_RESPONSE, true,
                "unexpected answer from Craftgate: " + what + "; try again, and report it if it repeats", null);
    }
}

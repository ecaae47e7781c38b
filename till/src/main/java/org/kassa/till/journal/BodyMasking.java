package org.kassa.till.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Journal bodies fit for showing: the values of card numbers, sessions, passwords and tokens are masked
 * ({@code ************1234}), everything else is shown as sent. A body that is not JSON is not shown at all.
 */
public final class BodyMasking {

    /** Field names (lower case) whose values are secret or personal, in Pay and Craftgate bodies. */
    private static final Set<String> SECRET = Set.of("loyaltyid", "cardnumber", "cardsession", "password", "token",
            "gsmnumber", "validationcode", "fullbarcode", "cvv", "cardholdername");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BodyMasking() {
    }

    /** The body as JSON text with secret values masked; for non-JSON bytes a placeholder with the length. */
    public static String mask(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        try {
            JsonNode tree = MAPPER.readTree(body);
            if (tree == null) {
                return "(" + body.length + " bytes, not JSON)";
            }
            maskIn(tree);
            return MAPPER.writeValueAsString(tree);
        } catch (IOException e) {
            return "(" + body.length + " bytes, not JSON: not shown)";
        }
    }

    /** The last 4 characters at most (a third of the text for short ones), the rest as {@code *}. */
    public static String tail(String secret) {
        int keep = Math.min(4, secret.length() / 3);
        return "*".repeat(secret.length() - keep) + secret.substring(secret.length() - keep);
    }

    private static void maskIn(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (SECRET.contains(field.getKey().toLowerCase(Locale.ROOT)) && value.isValueNode() && !value.isNull()) {
                    field.setValue(TextNode.valueOf(tail(value.asText())));
                } else {
                    maskIn(value);
                }
            }
        } else if (node.isArray()) {
            node.forEach(BodyMasking::maskIn);
        }
    }
}

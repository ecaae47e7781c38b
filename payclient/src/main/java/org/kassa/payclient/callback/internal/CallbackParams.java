package org.kassa.payclient.callback.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Callback parameters from a form ({@code application/x-www-form-urlencoded}) or a flat JSON object, as a
 * map whose values may be null (JSON null). A repeated name is refused: it would make the signed value
 * ambiguous.
 */
public final class CallbackParams {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private CallbackParams() {
    }

    public static Map<String, String> form(byte[] body) {
        Map<String, String> params = new LinkedHashMap<>();
        String text = new String(body, StandardCharsets.UTF_8).trim();
        if (text.isEmpty()) {
            return params;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            put(params, name, value);
        }
        return params;
    }

    public static Map<String, String> json(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("the body is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the JSON body must be one object of name/value pairs");
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode v = field.getValue();
            if (v.isContainerNode()) {
                throw new IllegalArgumentException("parameter " + field.getKey() + " must be a plain value");
            }
            put(params, field.getKey(), v.isNull() ? null : v.asText());
        }
        return params;
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (params.containsKey(name)) {
            throw new IllegalArgumentException("parameter " + name + " appears more than once");
        }
        params.put(name, value);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the form body is not valid URL encoding");
        }
    }
}

package org.kassa.sandbox.craftgate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/** An answer of the sandbox: status, content type, body. JSON answers use Craftgate's envelope. */
record Reply(int status, String contentType, byte[] body) {

    static Reply data(ObjectNode data) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.set("data", data);
        return json(200, root);
    }

    static Reply error(int status, String code, String description, String group) {
        ObjectNode errors = Json.MAPPER.createObjectNode()
                .put("errorCode", code).put("errorDescription", description).put("errorGroup", group);
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.set("errors", errors);
        return json(status, root);
    }

    static Reply html(String html) {
        return new Reply(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private static Reply json(int status, ObjectNode root) {
        return new Reply(status, "application/json", root.toString().getBytes(StandardCharsets.UTF_8));
    }
}

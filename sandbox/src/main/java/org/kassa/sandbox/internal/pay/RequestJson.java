package org.kassa.sandbox.internal.pay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A request body as a Jackson tree with readers that name the bad field in their message. Unknown fields
 * are simply never read. Amounts may come as integers or as numeric strings (the vendor's examples use both).
 */
public final class RequestJson {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final int MAX_REQUEST_ID = 36;

    private final ObjectNode root;

    private RequestJson(ObjectNode root) {
        this.root = root;
    }

    public static RequestJson parse(byte[] body) {
        if (body.length == 0) {
            throw new BadRequest("the request body is empty; send a JSON object");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequest("the request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadRequest("the request body cannot be read: " + e.getMessage());
        }
        if (!(node instanceof ObjectNode object)) {
            throw new BadRequest("the request body must be a JSON object");
        }
        return new RequestJson(object);
    }

    /** The 1..36-character requestId every call carries. */
    public String requestId() {
        String id = text("requestId");
        if (id.length() > MAX_REQUEST_ID) {
            throw new BadRequest("requestId has " + id.length() + " characters; at most 36 (a GUID)");
        }
        return id;
    }

    public String text(String path) {
        return optionalText(path).orElseThrow(() -> new BadRequest(path + " is missing; it must be a non-empty string"));
    }

    public Optional<String> optionalText(String path) {
        JsonNode node = at(path);
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual() || node.asText().isEmpty()) {
            throw new BadRequest(path + " must be a non-empty string, got " + node.getNodeType().name().toLowerCase());
        }
        return Optional.of(node.asText());
    }

    /** The first present of several spellings (the vendor writes both cardSession and cardsession). */
    public String textOf(String path, String otherSpelling) {
        return optionalText(path).or(() -> optionalText(otherSpelling))
                .orElseThrow(() -> new BadRequest(path + " is missing; it must be a non-empty string"));
    }

    /** An amount in kopecks: a whole number (JSON number or numeric string). */
    public long kopecks(String path) {
        JsonNode node = at(path);
        if (node.isMissingNode() || node.isNull()) {
            throw new BadRequest(path + " is missing; it must be a whole number of kopecks");
        }
        if (!node.isNumber() && !node.isTextual()) {
            throw new BadRequest(path + " must be a whole number of kopecks, got " + node.getNodeType().name().toLowerCase());
        }
        try {
            BigDecimal value = node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText().trim());
            return value.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new BadRequest(path + " must be a whole number of kopecks, got " + node);
        }
    }

    public JsonNode at(String path) {
        return root.at("/" + path.replace('.', '/'));
    }
}

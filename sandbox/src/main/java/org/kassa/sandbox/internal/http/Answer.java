package org.kassa.sandbox.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One complete HTTP answer, held in memory so that it can be remembered (idempotency), dropped or mangled
 * (faults) before it goes on the wire.
 */
public record Answer(int status, Map<String, String> headers, byte[] body) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Answer {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public static Answer json(int status, JsonNode node) {
        try {
            return new Answer(status, Map.of("Content-Type", "application/json; charset=utf-8"),
                    MAPPER.writeValueAsBytes(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON answer", e);
        }
    }

    /** {@code {"code": code, "details": details}}, the vendor's error shape. */
    public static Answer error(int status, String code, String details) {
        return json(status, MAPPER.createObjectNode().put("code", code).put("details", details));
    }

    public static Answer empty(int status) {
        return new Answer(status, Map.of(), new byte[0]);
    }

    public Answer withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Answer(status, more, body);
    }

    public int length() {
        return body.length;
    }
}

package org.kassa.payclient.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Cuts the top-level {@code slip} object out of an answer body byte for byte, so the till stores every slip
 * parameter exactly as the vendor sent it, fields this client does not know yet included
 * (docs/contracts.md#pay-api-slip).
 */
public final class RawSlip {

    private RawSlip() {
    }

    /** The exact text of the body's top-level {@code "slip": {...}}, or null when there is none or it is not JSON. */
    public static String of(byte[] body) {
        try (JsonParser p = PayJson.mapper().getFactory().createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("slip".equals(name) && value == JsonToken.START_OBJECT) {
                    long start = p.currentTokenLocation().getByteOffset();
                    p.skipChildren();
                    long end = p.currentLocation().getByteOffset();
                    return start < 0 || end <= start ? null
                            : new String(Arrays.copyOfRange(body, (int) start, (int) end), StandardCharsets.UTF_8);
                }
                p.skipChildren();
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}

package org.kassa.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kassa.sandbox.SandboxClient.Reply;

/**
 * Seeded fuzzing of request bodies: truncated, wrong-typed, fields dropped or nulled. Whatever arrives, the
 * sandbox answers 200, 400 or 422 with {code, details} — never a 500 — and its ledger stays consistent.
 */
class SandboxMalformedRequestTest extends SandboxTestBase {

    private static final String[] PATHS = {
        "/api/v1/merchant/checkout", "/api/v1/merchant/transaction/refund", "/api/v1/merchant/availability-info/task"};
    private static final JsonNode[] ODD_VALUES = {
        SandboxClient.MAPPER.nullNode(), SandboxClient.MAPPER.getNodeFactory().textNode(""),
        SandboxClient.MAPPER.getNodeFactory().textNode("12.5"), SandboxClient.MAPPER.getNodeFactory().numberNode(-1),
        SandboxClient.MAPPER.getNodeFactory().numberNode(1e300), SandboxClient.MAPPER.getNodeFactory().booleanNode(true),
        SandboxClient.MAPPER.createArrayNode(), SandboxClient.MAPPER.createObjectNode(),
        SandboxClient.MAPPER.getNodeFactory().textNode("x".repeat(5_000))};

    @Test
    void everyMangledBodyGetsAClearAnswerAndNeverA500() {
        Random random = new Random(20_260_302L);
        String paid = client.pay(5_000);
        for (int i = 0; i < 300; i++) {
            String path = PATHS[i % PATHS.length];
            byte[] body = mangle(base(path, paid), random);
            Reply reply = client.send(path, body, client.token(body), true);
            assertThat(reply.status()).as(reply.toString()).isIn(200, 201, 400, 422);
            if (reply.status() >= 400) {
                assertThat(reply.text("code")).as(reply.toString()).isNotBlank();
                assertThat(reply.text("details")).as(reply.toString()).isNotBlank();
            }
        }
        for (SandboxLedger.SandboxPayment payment : sandbox.ledger().payments()) {
            assertThat(payment.refundedAmount()).isBetween(0L, payment.totalAmount());
        }
    }

    private static ObjectNode base(String path, String paid) {
        if (path.endsWith("refund")) {
            return SandboxClient.refundBody(SandboxClient.newRequestId(), paid, 100);
        }
        ObjectNode body = SandboxClient.checkoutBody(SandboxClient.newRequestId(), SandboxClient.newCardSession(), 1_000, "SBP");
        if (path.endsWith("task")) {
            body.set("cardsession", body.remove("cardSession"));
        }
        return body;
    }

    private static byte[] mangle(ObjectNode body, Random random) {
        List<ObjectNode> objects = new ArrayList<>();
        collect(body, objects);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> fields = new ArrayList<>();
        target.fieldNames().forEachRemaining(fields::add);
        String field = fields.get(random.nextInt(fields.size()));
        switch (random.nextInt(4)) {
            case 0 -> target.remove(field);
            case 1 -> target.set(field, ODD_VALUES[random.nextInt(ODD_VALUES.length)]);
            case 2 -> target.put("unknown" + random.nextInt(100), "ignored");
            default -> {
                byte[] bytes = SandboxClient.bytes(body);
                return new String(bytes, 0, random.nextInt(bytes.length), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
            }
        }
        return SandboxClient.bytes(body);
    }

    private static void collect(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object && object.size() > 0) {
            objects.add(object);
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            collect(it.next(), objects);
        }
    }
}

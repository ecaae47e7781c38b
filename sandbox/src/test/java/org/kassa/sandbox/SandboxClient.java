package org.kassa.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kassa.totp.DeskFingerprint;
import org.kassa.totp.PasscodeVerify;
import org.kassa.totp.Passcodes;
import org.kassa.totp.TotpSettings;

/**
 * A deliberately small test client built on the JDK's HttpClient and the TOTP module only, independent of
 * the Pay client under test elsewhere, so the sandbox is checked against its own reading of the vendor docs.
 */
final class SandboxClient {

    static final TotpSettings TOTP = TotpSettings.of("HMACSHA256", 8, "CM",
            "3132333435363738393031323334353637383930313233343536373839303132", 30, 6, "=");
    static final String STORE_ID = "bb99e4c8-0a6e-4b60-8aeb-fe2345f1b990";
    static final String TERMINAL_ID = "mip9e26ay3z2s0oh";
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static int sessions;

    private final PaySandbox sandbox;
    private final PasscodeVerify passcodes;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile Duration timeout = Duration.ofSeconds(10);
    private final List<Reply> replies = new CopyOnWriteArrayList<>();
    private volatile java.net.http.HttpHeaders lastHeaders;

    SandboxClient(PaySandbox sandbox, Clock clock) {
        this.sandbox = sandbox;
        this.passcodes = Passcodes.kassa(TOTP, clock,
                DeskFingerprint.fixed("Test CPU", "Kassa", "SN-1", "127.0.0.1", "USB Root Hub"));
    }

    /** A fresh 6-character card session, as the customer's app would show. */
    static synchronized String newCardSession() {
        return String.format("S%05d", ++sessions);
    }

    static String newRequestId() {
        return UUID.randomUUID().toString();
    }

    static ObjectNode checkoutBody(String requestId, String cardSession, long total, String paymentType) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("requestId", requestId).put("cardSession", cardSession).put("storeId", STORE_ID)
                .put("terminalId", TERMINAL_ID);
        ObjectNode invoice = body.putObject("checkoutInvoice");
        invoice.put("orderId", "order-" + requestId.substring(0, 8)).put("totalAmount", total)
                .put("discountAmount", 0).put("subTotalAmount", total);
        invoice.putArray("items").addObject().put("name", "Хлеб").put("article", "1111111").put("price", total)
                .put("currency", "RUB").put("quantity", 1).put("measure", "PIECE").put("totalAmount", total)
                .put("tax", "vat10");
        body.putObject("user").put("loyaltyId", "1234567891011");
        body.putArray("paymentMethods").addObject().put("type", paymentType);
        return body;
    }

    static ObjectNode refundBody(String requestId, String transactionId, long amount) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("requestId", requestId).put("transactionId", transactionId).put("storeId", STORE_ID)
                .put("terminalId", TERMINAL_ID).put("refundAmount", amount).put("currency", "RUB");
        body.putArray("items").addObject().put("name", "Хлеб").put("price", amount).put("quantity", 1)
                .put("measure", "PIECE").put("totalAmount", amount).put("tax", "vat10");
        return body;
    }

    static ObjectNode cancelBody(String requestId, String transactionId) {
        return MAPPER.createObjectNode().put("requestId", requestId).put("storeId", STORE_ID)
                .put("terminalId", TERMINAL_ID).put("transactionId", transactionId);
    }

    static ObjectNode statusBody(String transactionId) {
        return MAPPER.createObjectNode().put("requestId", newRequestId()).put("transactionId", transactionId);
    }

    static ObjectNode refundStatusBody(String refTransactionId) {
        return MAPPER.createObjectNode().put("requestId", newRequestId()).put("refTransactionId", refTransactionId);
    }

    Reply checkout(ObjectNode body) {
        return postSigned("/api/v1/merchant/checkout", body);
    }

    Reply status(String transactionId) {
        return post("/api/v1/merchant/transaction/status", statusBody(transactionId));
    }

    /** A checkout of a fresh session that must succeed; returns its transactionId. */
    String pay(long total) {
        Reply reply = checkout(checkoutBody(newRequestId(), newCardSession(), total, "SBP"));
        if (reply.status() != 200) {
            throw new AssertionError("checkout failed: " + reply);
        }
        return reply.json().get("transactionId").asText();
    }

    Reply postSigned(String path, JsonNode body) {
        byte[] bytes = bytes(body);
        return send(path, bytes, passcodes.getToken(bytes), true);
    }

    Reply post(String path, JsonNode body) {
        return send(path, bytes(body), null, true);
    }

    Reply send(String path, byte[] body, String token, boolean authorized) {
        return send(path, body, token, authorized ? basic(sandbox.login(), sandbox.password()) : null);
    }

    Reply send(String path, byte[] body, String token, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("token", token);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return exchange(request.build());
    }

    Reply get(String pathOrLocation) {
        return exchange(HttpRequest.newBuilder(uri(pathOrLocation)).timeout(timeout)
                .header("Authorization", basic(sandbox.login(), sandbox.password())).GET().build());
    }

    /** How long a request may take before the client gives up (for HANG and DELAY faults). */
    void timeout(Duration newTimeout) {
        this.timeout = newTimeout;
    }

    /** The headers of the last answer (single-threaded tests only). */
    java.net.http.HttpHeaders lastHeaders() {
        return lastHeaders;
    }

    /** Every answer this client received, in order. */
    List<Reply> replies() {
        return List.copyOf(replies);
    }

    String token(byte[] body) {
        return passcodes.getToken(body);
    }

    URI uri(String path) {
        return sandbox.baseUrl().resolve(path);
    }

    static byte[] bytes(JsonNode body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Reply exchange(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            Reply reply = new Reply(request.method(), request.uri().getPath(), response.statusCode(),
                    response.headers().firstValue("Location").orElse(null), response.body());
            lastHeaders = response.headers();
            replies.add(reply);
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOExceptionWithPath(request.uri().getPath(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One answer, with what it answered (for the schema check). */
    record Reply(String method, String path, int status, String location, byte[] body) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + new String(body, StandardCharsets.UTF_8), e);
            }
        }

        String text(String field) {
            JsonNode node = json().at("/" + field.replace('.', '/'));
            return node.isMissingNode() ? null : node.asText();
        }

        @Override
        public String toString() {
            return method + " " + path + " -> " + status + " " + new String(body, StandardCharsets.UTF_8);
        }
    }

    static final class UncheckedIOExceptionWithPath extends java.io.UncheckedIOException {
        private static final long serialVersionUID = 1L;

        UncheckedIOExceptionWithPath(String path, IOException cause) {
            super("request to " + path + " failed: " + cause, cause);
        }
    }
}

package org.kassa.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kassa.sandbox.SandboxClient.bytes;
import static org.kassa.sandbox.SandboxClient.checkoutBody;
import static org.kassa.sandbox.SandboxClient.newCardSession;
import static org.kassa.sandbox.SandboxClient.newRequestId;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kassa.sandbox.SandboxClient.Reply;
import org.kassa.totp.DeskFingerprint;
import org.kassa.totp.Passcodes;
import org.kassa.totp.TotpSettings;

/** HTTP Basic auth, the token over the exact body bytes, and unreadable requests. */
class SandboxAuthAndTokenTest extends SandboxTestBase {

    private static final String CHECKOUT = "/api/v1/merchant/checkout";

    @Test
    void missingOrWrongCredentialsGet401WithAChallengeAndChangeNothing() {
        byte[] body = bytes(checkoutBody(newRequestId(), newCardSession(), 1_000, "SBP"));
        Reply anonymous = client.send(CHECKOUT, body, client.token(body), false);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.text("code")).isEqualTo("UNAUTHORIZED");
        assertThat(client.lastHeaders().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));

        assertThat(client.send(CHECKOUT, body, client.token(body), SandboxClient.basic("training", "wrong")).status())
                .isEqualTo(401);
        assertThat(client.send(CHECKOUT, body, client.token(body), "Bearer training").status()).isEqualTo(401);
        Reply challenged = client.send(CHECKOUT, body, client.token(body), "Basic !!!");
        assertThat(challenged.status()).isEqualTo(401);
        assertThat(sandbox.ledger().payments()).isEmpty();
    }

    @Test
    void tokenForOtherBodyBytesIsRefused() {
        byte[] body = bytes(checkoutBody(newRequestId(), newCardSession(), 1_000, "SBP"));
        byte[] sameJsonOtherBytes = (new String(body, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8);
        Reply reply = client.send(CHECKOUT, sameJsonOtherBytes, client.token(body), true);
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.text("code")).isEqualTo("INVALID_TOKEN");
        assertThat(sandbox.ledger().payments()).isEmpty();
    }

    @Test
    void tokenMadeWithAnotherKeyIsRefused() {
        TotpSettings otherKey = TotpSettings.of("HMACSHA256", 8, "CM", "00112233445566778899aabbccddeeff", 30, 6, "=");
        byte[] body = bytes(checkoutBody(newRequestId(), newCardSession(), 1_000, "SBP"));
        String token = Passcodes.kassa(otherKey, clock, DeskFingerprint.fixed("cpu", "v", "s", "127.0.0.1", "usb"))
                .getToken(body);
        Reply reply = client.send(CHECKOUT, body, token, true);
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.text("code")).isEqualTo("INVALID_TOKEN");
    }

    @Test
    void staleMissingOrMalformedTokensAreRefused() {
        byte[] body = bytes(checkoutBody(newRequestId(), newCardSession(), 1_000, "SBP"));
        String token = client.token(body);
        after(Duration.ofMinutes(5));
        assertThat(client.send(CHECKOUT, body, token, true).text("code")).isEqualTo("INVALID_TOKEN");
        assertThat(client.send(CHECKOUT, body, null, true).text("code")).isEqualTo("INVALID_TOKEN");
        assertThat(client.send(CHECKOUT, body, "not a token", true).text("code")).isEqualTo("INVALID_TOKEN");
        assertThat(client.send(CHECKOUT, body, client.token(body), true).status()).isEqualTo(200);
    }

    @Test
    void refundAndAvailabilityNeedATokenButStatusAndCancelDoNot() {
        String id = client.pay(1_000);
        byte[] refund = bytes(SandboxClient.refundBody(newRequestId(), id, 500));
        assertThat(client.send("/api/v1/merchant/transaction/refund", refund, null, true).text("code"))
                .isEqualTo("INVALID_TOKEN");
        byte[] availability = bytes(SandboxTriggersTest.availabilityBody(1_000));
        assertThat(client.send("/api/v1/merchant/availability-info/task", availability, null, true).text("code"))
                .isEqualTo("INVALID_TOKEN");
        assertThat(client.status(id).status()).isEqualTo(200);
        assertThat(client.post("/api/v1/merchant/transaction/cancel", SandboxClient.cancelBody(newRequestId(), id))
                .status()).isEqualTo(200);
    }

    @Test
    void unreadableBodiesGet400NamingTheProblem() {
        Reply notJson = signed("{\"requestId\": ");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.text("details")).contains("not valid JSON");

        Reply empty = signed("");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text("details")).contains("empty");

        Reply array = signed("[1,2]");
        assertThat(array.text("details")).contains("JSON object");

        var missingAmount = checkoutBody(newRequestId(), newCardSession(), 1_000, "SBP");
        ((com.fasterxml.jackson.databind.node.ObjectNode) missingAmount.get("checkoutInvoice")).remove("totalAmount");
        Reply missing = client.checkout(missingAmount);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text("details")).contains("checkoutInvoice.totalAmount");

        var wrongType = checkoutBody(newRequestId(), newCardSession(), 1_000, "SBP");
        ((com.fasterxml.jackson.databind.node.ObjectNode) wrongType.get("checkoutInvoice")).put("totalAmount", "ten");
        assertThat(client.checkout(wrongType).text("details")).contains("whole number of kopecks");
        assertThat(sandbox.ledger().payments()).isEmpty();
    }

    @Test
    void unknownFieldsAreIgnoredAndAmountsMayBeNumericStrings() {
        var body = checkoutBody(newRequestId(), newCardSession(), 1_000, "SBP");
        body.put("someFutureField", "ignored");
        ((com.fasterxml.jackson.databind.node.ObjectNode) body.get("checkoutInvoice")).put("totalAmount", "14245");
        Reply reply = client.checkout(body);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/slip/totalAmount").asLong()).isEqualTo(14_245);
    }

    @Test
    void unknownPathsAndWrongMethodsAreRefusedClearly() {
        assertThat(client.post("/api/v1/merchant/nothing", SandboxClient.statusBody("x")).status()).isEqualTo(404);
        assertThat(client.get("/api/v1/merchant/checkout").status()).isEqualTo(405);
    }

    @Test
    void bodiesAboveOneMebibyteAreRefused() {
        byte[] huge = new byte[(1 << 20) + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        assertThat(client.send(CHECKOUT, huge, client.token(huge), true).status()).isEqualTo(413);
    }

    private Reply signed(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return client.send(CHECKOUT, bytes, client.token(bytes), true);
    }
}

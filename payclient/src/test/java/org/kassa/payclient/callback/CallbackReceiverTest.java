package org.kassa.payclient.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.craftgate.CallbackHash;
import org.kassa.payclient.craftgate.SeedCallback;

/** The receiver over real HTTP (JDK client): only verified callbacks reach the listener, once each. */
class CallbackReceiverTest {

    static final String KEY = SeedCallback.KEY;
    static final String GOLDEN = SeedCallback.HASH;

    private final List<TokenizationResult> results = new CopyOnWriteArrayList<>();
    private final List<PostbackHint> hints = new CopyOnWriteArrayList<>();
    private final AtomicBoolean listenerFails = new AtomicBoolean();
    private final CallbackReceiver receiver = CallbackReceiver.start(
            ReceiverSettings.loopback(KEY).withPostbackCredentials("partner", "pa:ss"),
            r -> {
                if (listenerFails.get()) {
                    throw new IllegalStateException("database down");
                }
                results.add(r);
            }, hints::add);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        receiver.close();
    }

    static Map<String, String> seed() {
        return SeedCallback.params();
    }

    @Test
    void theSeedCallbackAsAFormReachesTheListener() throws Exception {
        HttpResponse<String> r = postForm(seed());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("OK\n");
        assertThat(results).containsExactly(new TokenizationResult("60351fc9-c5ce-42a8-9332-6e15ebf5bbe8", "SUCCESS",
                "7599********1920", "ca31e9418f907fcfbb50fc7733ed2d93b83b30a05e49e64c83058813827a8426"));
    }

    @Test
    void theSeedCallbackAsJsonReachesTheListener() throws Exception {
        String json = "{\"sessionId\":\"60351fc9-c5ce-42a8-9332-6e15ebf5bbe8\",\"status\":\"SUCCESS\","
                + "\"maskedCardNumber\":\"7599********1920\",\"fingerprint\":"
                + "\"ca31e9418f907fcfbb50fc7733ed2d93b83b30a05e49e64c83058813827a8426\","
                + "\"hashParams\":\"sessionId:status:maskedCardNumber:fingerprint\",\"hash\":\"" + GOLDEN + "\"}";
        assertThat(post(receiver.callbackUrl(), "application/json", json, null).statusCode()).isEqualTo(200);
        assertThat(results).hasSize(1);
    }

    @Test
    void aRepeatIsAnsweredButDeliveredOnce() throws Exception {
        postForm(seed());
        HttpResponse<String> again = postForm(seed());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("already received");
        assertThat(results).hasSize(1);
        assertThat(receiver.stats()).isEqualTo(new ReceiverStats(1, 1, 0, null, 0));
    }

    @Test
    void aForgedHashIsRefusedWithNoSideEffect() throws Exception {
        Map<String, String> p = seed();
        p.put("hash", CallbackHash.compute(p, "someoneElsesKeySomeoneElsesKey12"));
        HttpResponse<String> r = postForm(p);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).isEqualTo("invalid: hash does not match\n");
        assertThat(results).isEmpty();
        assertThat(receiver.stats().refused()).isEqualTo(1);
        assertThat(receiver.stats().lastRefusal()).isEqualTo("hash does not match");
    }

    @Test
    void aMissingHashIsRefused() throws Exception {
        Map<String, String> p = seed();
        p.remove("hash");
        HttpResponse<String> r = postForm(p);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("hash is missing");
        assertThat(results).isEmpty();
    }

    @Test
    void reorderedHashParamsAreRefused() throws Exception {
        Map<String, String> p = seed();
        p.put("hashParams", "fingerprint:maskedCardNumber:status:sessionId");
        assertThat(postForm(p).statusCode()).isEqualTo(403);
        assertThat(results).isEmpty();
    }

    @Test
    void anExtraParameterIsNotHandedOn() throws Exception {
        Map<String, String> p = seed();
        p.put("balance", "1000000");
        assertThat(postForm(p).statusCode()).isEqualTo(200);
        assertThat(results).singleElement().extracting(TokenizationResult::status).isEqualTo("SUCCESS");
    }

    @Test
    void aStatusOutsideHashParamsIsRefusedEvenWithAGoodHash() throws Exception {
        Map<String, String> p = seed();
        p.put("hashParams", "sessionId:maskedCardNumber:fingerprint");
        p.put("hash", CallbackHash.compute(p, KEY));
        HttpResponse<String> r = postForm(p);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("status is not covered by hashParams");
        assertThat(results).isEmpty();
    }

    @Test
    void nullsAreDroppedSoAFailureWithoutCardDataVerifies() throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("sessionId", "s-2");
        p.put("status", "FAILURE");
        p.put("hashParams", "sessionId:status:maskedCardNumber:fingerprint");
        p.put("hash", CallbackHash.compute(p, KEY));
        String json = "{\"sessionId\":\"s-2\",\"status\":\"FAILURE\",\"maskedCardNumber\":null,\"fingerprint\":null,"
                + "\"hashParams\":\"" + p.get("hashParams") + "\",\"hash\":\"" + p.get("hash") + "\"}";
        assertThat(post(receiver.callbackUrl(), "application/json", json, null).statusCode()).isEqualTo(200);
        assertThat(results).containsExactly(new TokenizationResult("s-2", "FAILURE", null, null));
    }

    @Test
    void aRepeatedParameterIsRefused() throws Exception {
        String body = form(seed()) + "&status=FAILURE";
        HttpResponse<String> r = post(receiver.callbackUrl(), "application/x-www-form-urlencoded", body, null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("status appears more than once");
        assertThat(results).isEmpty();
    }

    @Test
    void aListenerFailureAnswers500AndTheRepeatIsDelivered() throws Exception {
        listenerFails.set(true);
        HttpResponse<String> r = postForm(seed());
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.body()).doesNotContain("database down", "Exception", "at org.");
        listenerFails.set(false);
        assertThat(postForm(seed()).statusCode()).isEqualTo(200);
        assertThat(results).hasSize(1);
    }

    @Test
    void boundsAndMistakesGetPlainTextErrors() throws Exception {
        String big = "x=" + "a".repeat(20_000);
        assertThat(post(receiver.callbackUrl(), "application/x-www-form-urlencoded", big, null).statusCode())
                .isEqualTo(413);
        assertThat(post(receiver.callbackUrl(), "text/xml", "<a/>", null).statusCode()).isEqualTo(400);
        assertThat(post(receiver.callbackUrl(), "application/json", "{not json", null).body())
                .isEqualTo("error: the body is not valid JSON\n");
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(receiver.callbackUrl()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        HttpResponse<String> unknown = post(receiver.callbackUrl().resolve("/admin"), "text/plain", "", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).contains("text/plain; charset=utf-8");
        assertThat(results).isEmpty();
    }

    @Test
    void aPostbackWithTheRightCredentialsBecomesAHint() throws Exception {
        String body = "{\"requestId\":\"ab182f20-9c5a-11ea-ab12-0800200c9a66\",\"transactionId\":"
                + "\"9dcc19d0-9c5a-11ea-ab12-0800200c9a66\",\"status\":\"accepted\",\"paymentGroup\":\"INSTALLMENT\"}";
        HttpResponse<String> r = post(receiver.postbackUrl(), "application/json", body, basic("partner", "pa:ss"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(hints).singleElement().satisfies(h -> {
            assertThat(h.paymentTransactionId()).isEqualTo("9dcc19d0-9c5a-11ea-ab12-0800200c9a66");
            assertThat(h.status()).isEqualTo("accepted");
            assertThat(h.requestId()).isEqualTo("ab182f20-9c5a-11ea-ab12-0800200c9a66");
            assertThat(new String(h.rawBody(), StandardCharsets.UTF_8)).isEqualTo(body);
        });
        assertThat(receiver.stats().postbacksDelivered()).isEqualTo(1);
    }

    @Test
    void aPostbackWithoutOrWithWrongCredentialsIsRefused() throws Exception {
        HttpResponse<String> none = post(receiver.postbackUrl(), "application/json", "{}", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(post(receiver.postbackUrl(), "application/json", "{}", basic("partner", "wrong")).statusCode())
                .isEqualTo(401);
        assertThat(post(receiver.postbackUrl(), "application/json", "[1]", basic("partner", "pa:ss")).statusCode())
                .isEqualTo(400);
        assertThat(hints).isEmpty();
    }

    @Test
    void withoutCredentialsThePostbackPathIsOff() throws Exception {
        try (CallbackReceiver plain = CallbackReceiver.start(ReceiverSettings.loopback(KEY), r -> { },
                PostbackListener.IGNORE)) {
            assertThat(post(plain.postbackUrl(), "application/json", "{}", basic("", "")).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void settingsHideTheKeyAndPassword() {
        String text = ReceiverSettings.loopback(KEY).withPostbackCredentials("partner", "pa:ss").toString();
        assertThat(text).doesNotContain(KEY, "pa:ss").contains("partner");
    }

    private HttpResponse<String> postForm(Map<String, String> params) throws Exception {
        return post(receiver.callbackUrl(), "application/x-www-form-urlencoded", form(params), null);
    }

    static String form(Map<String, String> params) {
        StringBuilder b = new StringBuilder();
        params.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }

    private HttpResponse<String> post(URI uri, String type, String body, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}

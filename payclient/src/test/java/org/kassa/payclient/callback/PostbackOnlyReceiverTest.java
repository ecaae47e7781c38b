package org.kassa.payclient.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.craftgate.SeedCallback;

/**
 * A merchant with Koshelek Pay but no meal cards: a receiver with no callback key serves the postback and keeps
 * the Craftgate callback path closed (an empty key must never check callbacks).
 */
class PostbackOnlyReceiverTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void thePostbackIsServedAndTheCallbackPathIsClosed() throws Exception {
        List<TokenizationResult> results = new CopyOnWriteArrayList<>();
        List<PostbackHint> hints = new CopyOnWriteArrayList<>();
        ReceiverSettings settings = new ReceiverSettings("127.0.0.1", 0, "", "partner", "pa:ss", 16 * 1024,
                Duration.ofSeconds(10));
        assertThat(settings.callbackEnabled()).isFalse();
        try (CallbackReceiver receiver = CallbackReceiver.start(settings, results::add, hints::add)) {
            String body = "{\"requestId\":\"ab182f20-9c5a-11ea-ab12-0800200c9a66\",\"transactionId\":"
                    + "\"9dcc19d0-9c5a-11ea-ab12-0800200c9a66\",\"status\":\"accepted\"}";
            assertThat(post(receiver.postbackUrl(), "application/json", body, "partner:pa:ss").statusCode())
                    .isEqualTo(200);
            assertThat(hints).singleElement().extracting(PostbackHint::status).isEqualTo("accepted");

            String form = CallbackReceiverTest.form(SeedCallback.params());
            assertThat(post(receiver.callbackUrl(), "application/x-www-form-urlencoded", form, null).statusCode())
                    .isEqualTo(404);
            assertThat(results).isEmpty();
        }
    }

    private HttpResponse<String> post(URI uri, String type, String body, String credentials) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
        if (credentials != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}

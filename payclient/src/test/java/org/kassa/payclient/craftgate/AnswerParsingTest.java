package org.kassa.payclient.craftgate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.kassa.payclient.CallListener;
import org.kassa.payclient.OutgoingCall;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Answers the sandbox never gives: a server that replies with a canned status and body. */
class AnswerParsingTest {

    private volatile int status = 200;
    private volatile String body = "{}";
    /** How many of the next requests get no answer until the test ends. */
    private final AtomicInteger hangNext = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private final HttpServer server = start();
    private final CraftgateClient client = CraftgateClient.create(new CraftgateSettings(
            URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"), "k", "s",
            Duration.ofSeconds(5), Duration.ofSeconds(5), 1));
    private final InitRequest init = new InitRequest(ApmType.EDENRED,
            new CardTokenizationData("6375000000004321", null, null, null), null);

    private HttpServer start() {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 4);
            s.createContext("/", exchange -> {
                if (hangNext.getAndDecrement() > 0) {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            s.setExecutor(Executors.newCachedThreadPool());
            s.start();
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void stop() {
        release.countDown();
        client.close();
        server.stop(0);
    }

    @Test
    void anUnknownAdditionalActionIsKeptRawAndUnknownFieldsAreIgnored() {
        body = "{\"data\":{\"sessionId\":\"s-1\",\"additionalAction\":\"SCAN_PALM\",\"newField\":[1,2]}}";
        TokenizationStep step = client.init(init);
        assertThat(step.additionalAction().raw()).isEqualTo("SCAN_PALM");
        assertThat(step.additionalAction().known()).isEmpty();
    }

    @Test
    void aBalanceSentAsTextOrWithManyDecimalsStaysExact() {
        body = "{\"data\":{\"sessionId\":\"s-1\",\"balance\":\"12.10\"}}";
        assertThat(client.complete(new CompleteRequest("s-1", ApmType.METROPOL, "1", null)).balance())
                .hasToString("12.10");
        body = "{\"data\":{\"sessionId\":\"s-1\",\"balance\":0.1000000000000000055511}}";
        assertThat(client.complete(new CompleteRequest("s-1", ApmType.METROPOL, "1", null)).balance())
                .hasToString("0.1000000000000000055511");
    }

    @Test
    void anUnknownErrorCodeGetsTheGenericTipNamingIt() {
        status = 400;
        body = "{\"errors\":{\"errorCode\":\"10051\",\"errorDescription\":\"Kart limiti yetersiz\",\"errorGroup\":\"X\"}}";
        CraftgateApiException e = catchThrowableOfType(() -> client.init(init), CraftgateApiException.class);
        assertThat(e.operatorTip(Locale.ENGLISH)).isEqualTo("Craftgate error (code 10051). Try again or call your "
                + "administrator and tell them the code.");
        assertThat(e.operatorTip(Locale.forLanguageTag("ru"))).contains("10051").startsWith("Ошибка Craftgate");
    }

    @Test
    void malformedAnswersAreTransportErrorsWithTips() {
        body = "<html>proxy error</html>";
        CraftgateTransportException notJson = catchThrowableOfType(() -> client.init(init),
                CraftgateTransportException.class);
        assertThat(notJson.kind()).isEqualTo(CraftgateTransportException.Kind.MALFORMED_RESPONSE);
        body = "{\"data\":{\"sessionId\":\"s-1\",\"htmlContent\":\"%%%not base64\"}}";
        assertThat(catchThrowableOfType(() -> client.init(init), CraftgateTransportException.class).getMessage())
                .contains("htmlContent is not Base64");
        status = 502;
        body = "";
        CraftgateTransportException gateway = catchThrowableOfType(() -> client.init(init),
                CraftgateTransportException.class);
        assertThat(gateway.kind()).isEqualTo(CraftgateTransportException.Kind.HTTP_STATUS);
        assertThat(gateway.operatorTip(Locale.ENGLISH)).isEqualTo("Craftgate is temporarily unavailable. "
                + "Try again in a minute.");
    }

    /** The timeout is this test's subject: a short one, against a server that never answers (cannot flake). */
    private CraftgateClient timingOut(int maxAttempts, CallListener listener) {
        return CraftgateClient.create(new CraftgateSettings(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "k", "s", Duration.ofSeconds(5),
                Duration.ofMillis(300), maxAttempts), listener);
    }

    @Test
    void aLostAnswerIsATimeoutThatMayHaveBeenProcessed() {
        hangNext.set(1);
        CraftgateTransportException e;
        try (CraftgateClient c = timingOut(1, CallListener.NONE)) {
            e = catchThrowableOfType(() -> c.init(init), CraftgateTransportException.class);
        }
        assertThat(e.kind()).isEqualTo(CraftgateTransportException.Kind.TIMEOUT);
        assertThat(e.mayHaveBeenProcessed()).isTrue();
    }

    @Test
    void withAnIdempotencyKeyATimeoutIsRetried() {
        hangNext.set(1);
        body = "{\"data\":{\"sessionId\":\"s-9\",\"additionalAction\":\"NONE\"}}";
        List<OutgoingCall> calls = new CopyOnWriteArrayList<>();
        try (CraftgateClient retrying = timingOut(2, (step, call, attempt) -> calls.add(call))) {
            assertThat(retrying.init(new InitRequest(init.apmType(), init.data(), "key-7")).sessionId()).isEqualTo("s-9");
        }
        assertThat(calls).extracting(OutgoingCall::requestId).containsExactly("key-7", "key-7");
    }
}

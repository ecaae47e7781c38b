package org.kassa.sandbox.craftgate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.kassa.payclient.Operation;
import org.kassa.payclient.OutgoingCall;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kassa.payclient.craftgate.AdditionalAction;
import org.kassa.payclient.craftgate.ApmType;
import org.kassa.payclient.craftgate.CardTokenizationData;
import org.kassa.payclient.craftgate.CompleteRequest;
import org.kassa.payclient.craftgate.CraftgateApiException;
import org.kassa.payclient.craftgate.CraftgateClient;
import org.kassa.payclient.craftgate.CraftgateSettings;
import org.kassa.payclient.craftgate.CraftgateTransportException;
import org.kassa.payclient.craftgate.InitRequest;
import org.kassa.payclient.craftgate.RegenerateRequest;
import org.kassa.payclient.craftgate.StoredMealCard;
import org.kassa.payclient.craftgate.TokenizationStep;
import org.kassa.sandbox.craftgate.CraftgateSandboxServer;

/** The client against the sandbox over real loopback HTTP: signing, answers, typed errors, safe retries. */
class CraftgateClientTest {

    private static final URI CALLBACK = URI.create("http://127.0.0.1:9/mealcard/callback");
    private static final CardTokenizationData METROPOL_DATA =
            new CardTokenizationData("9792000000001234", "user-1", "905551111111", null);

    private final CraftgateSandboxServer server = new CraftgateSandboxServer();
    private final List<OutgoingCall> sent = new CopyOnWriteArrayList<>();
    private final List<Integer> sentAttempts = new CopyOnWriteArrayList<>();
    private final CraftgateClient client = CraftgateClient.create(server.clientSettings(), (step, call, attempt) -> {
        sent.add(call);
        sentAttempts.add(attempt);
    });

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void initSendsTheContractsFieldsSignedAndAcceptedByTheSandbox() {
        TokenizationStep step = client.init(new InitRequest(ApmType.METROPOL, METROPOL_DATA, null));
        assertThat(step.sessionId()).hasSize(36);
        assertThat(step.additionalAction().known()).contains(AdditionalAction.Known.OTP_REQUIRED);
        assertThat(new String(sent.get(0).body(), StandardCharsets.UTF_8)).isEqualTo("{\"apmType\":\"METROPOL\","
                + "\"mealVoucherCardTokenizationData\":{\"cardNumber\":\"9792000000001234\",\"userReferenceNumber\":"
                + "\"user-1\",\"gsmNumber\":\"905551111111\"}}");
        assertThat(sent.get(0).path()).isEqualTo("/payment/v1/meal-voucher/card-tokenizations/init");
    }

    @Test
    void htmlContentArrivesDecodedForMultinet() {
        TokenizationStep step = client.init(new InitRequest(ApmType.MULTINET,
                new CardTokenizationData(null, "user-1", null, CALLBACK), null));
        assertThat(step.additionalAction().raw()).isEqualTo("SHOW_HTML_CONTENT");
        assertThat(step.htmlContent()).startsWith("<!DOCTYPE html>").contains("<form method=\"post\"");
        assertThat(step.redirectUrl()).isNull();
    }

    @Test
    void redirectUrlArrivesForSodexo() {
        TokenizationStep step = client.init(new InitRequest(ApmType.SODEXO,
                new CardTokenizationData(null, null, null, CALLBACK), null));
        assertThat(step.additionalAction().is(AdditionalAction.Known.REDIRECT_TO_URL)).isTrue();
        assertThat(step.redirectUrl().toString()).startsWith(server.baseUrl() + "/payment/v1/meal-voucher/sandbox/");
        assertThat(step.htmlContent()).isNull();
    }

    @Test
    void completeReturnsTheBalanceAsAnExactDecimal() {
        String session = client.init(new InitRequest(ApmType.METROPOL, METROPOL_DATA, null)).sessionId();
        StoredMealCard card = client.complete(new CompleteRequest(session, ApmType.METROPOL, "123456", null));
        assertThat(card.balance()).isEqualByComparingTo("250.75").hasToString("250.75");
        assertThat(card.maskedCardNumber()).isEqualTo("9792********1234");
        assertThat(new String(sent.get(1).body(), StandardCharsets.UTF_8)).isEqualTo("{\"validationCode\":\"123456\"}");
        assertThat(sent.get(1).path()).isEqualTo("/payment/v1/meal-voucher/card-tokenizations/" + session + "/complete");
    }

    @Test
    void theErrorEnvelopeBecomesATypedErrorWithTips() {
        String session = client.init(new InitRequest(ApmType.METROPOL, METROPOL_DATA, null)).sessionId();
        CraftgateApiException e = catchThrowableOfType(() -> client.complete(
                new CompleteRequest(session, ApmType.METROPOL, "999999", null)), CraftgateApiException.class);
        assertThat(e.httpStatus()).isEqualTo(422);
        assertThat(e.errorCode()).isEqualTo("INVALID_VALIDATION_CODE");
        assertThat(e.errorGroup()).isEqualTo("VALIDATION");
        assertThat(e.operatorTip(Locale.ENGLISH)).startsWith("Wrong SMS code.");
        assertThat(e.operatorTip(Locale.forLanguageTag("ru"))).startsWith("Неверный код из SMS.");
        assertThat(e.getMessage()).doesNotContain("999999");
    }

    @Test
    void aWrongSecretKeyIsRefusedAsAnInvalidSignature() {
        CraftgateSettings good = server.clientSettings();
        try (CraftgateClient wrong = CraftgateClient.create(new CraftgateSettings(good.baseUrl(), good.apiKey(),
                "not-the-secret", good.connectTimeout(), good.responseTimeout(), 1))) {
            CraftgateApiException e = catchThrowableOfType(() -> wrong.init(
                    new InitRequest(ApmType.METROPOL, METROPOL_DATA, null)), CraftgateApiException.class);
            assertThat(e.errorCode()).isEqualTo("INVALID_SIGNATURE");
            assertThat(e.operatorTip(Locale.ENGLISH)).contains("mealcard.secretKey");
        }
        assertThat(server.sandbox().sessionCount()).isZero();
    }

    @Test
    void anUnknownSessionIsNotFoundWithAGroupTip() {
        CraftgateApiException e = catchThrowableOfType(() -> client.regenerate(new RegenerateRequest("no-such-session",
                ApmType.METROPOL, METROPOL_DATA, null)), CraftgateApiException.class);
        assertThat(e.errorCode()).isEqualTo("SESSION_NOT_FOUND");
        assertThat(e.operatorTip(Locale.ENGLISH)).contains("Start the card registration again");
    }

    @Test
    void aRetryAfterA503KeepsTheIdempotencyKeyAndStoresOneSession() {
        server.sandbox().failNextCalls(1, 503, false);
        TokenizationStep step = client.init(new InitRequest(ApmType.METROPOL, METROPOL_DATA, "idem-1"));
        assertThat(step.sessionId()).isNotNull();
        assertThat(sent).extracting(OutgoingCall::requestId).containsExactly("idem-1", "idem-1");
        assertThat(sent).extracting(OutgoingCall::operation).containsOnly(Operation.MEAL_CARD_INIT);
        assertThat(sentAttempts).containsExactly(1, 2);
        assertThat(sent.get(0).body()).isEqualTo(sent.get(1).body());
        assertThat(server.sandbox().calls("init")).isEqualTo(2);
        assertThat(server.sandbox().sessionCount()).isEqualTo(1);
    }

    @Test
    void aRetryAfterALostAnswerGetsTheFirstAnswerAgain() {
        server.sandbox().failNextCalls(1, 500, true);
        TokenizationStep step = client.init(new InitRequest(ApmType.METROPOL, METROPOL_DATA, "idem-2"));
        assertThat(server.sandbox().sessionCount()).isEqualTo(1);
        assertThat(step.sessionId()).isNotNull();
    }

    @Test
    void withoutAnIdempotencyKeyAProcessedCallIsNotRepeated() {
        server.sandbox().failNextCalls(1, 500, true);
        CraftgateTransportException e = catchThrowableOfType(() -> client.init(
                new InitRequest(ApmType.METROPOL, METROPOL_DATA, null)), CraftgateTransportException.class);
        assertThat(e.kind()).isEqualTo(CraftgateTransportException.Kind.HTTP_STATUS);
        assertThat(e.mayHaveBeenProcessed()).isTrue();
        assertThat(server.sandbox().calls("init")).isEqualTo(1);
        assertThat(e.operatorTip(Locale.ENGLISH)).contains("temporarily unavailable");
    }

    @Test
    void aRefusedConnectionIsRetriedBoundedlyThenReported() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        List<OutgoingCall> attempts = new CopyOnWriteArrayList<>();
        CraftgateSettings settings = new CraftgateSettings(URI.create("http://127.0.0.1:" + closedPort), "k", "s",
                Duration.ofSeconds(5), Duration.ofSeconds(5), 2);
        try (CraftgateClient c = CraftgateClient.create(settings, (step, call, attempt) -> attempts.add(call))) {
            CraftgateTransportException e = catchThrowableOfType(() -> c.init(
                    new InitRequest(ApmType.METROPOL, METROPOL_DATA, null)), CraftgateTransportException.class);
            assertThat(e.kind()).isEqualTo(CraftgateTransportException.Kind.CONNECT);
            assertThat(e.mayHaveBeenProcessed()).isFalse();
        }
        assertThat(attempts).hasSize(2);
    }

    @Test
    void aBaseUrlWithATrailingSlashSignsTheSamePath() {
        CraftgateSettings s = server.clientSettings();
        try (CraftgateClient slash = CraftgateClient.create(new CraftgateSettings(URI.create(s.baseUrl() + "/"),
                s.apiKey(), s.secretKey(), s.connectTimeout(), s.responseTimeout(), 1))) {
            assertThat(slash.init(new InitRequest(ApmType.METROPOL, METROPOL_DATA, null)).sessionId()).isNotNull();
        }
    }

    @Test
    void secretsStayOutOfToString() {
        String all = server.clientSettings() + " " + METROPOL_DATA + " "
                + new CompleteRequest("s", ApmType.METROPOL, "123456", null) + " " + sentAfterInit();
        assertThat(all).doesNotContain("training-secret-key", "training-api-key", "9792000000001234",
                "905551111111", "123456");
    }

    private String sentAfterInit() {
        TokenizationStep step = client.init(new InitRequest(ApmType.SETCARD, new CardTokenizationData(
                "9792000000001234", null, "905551111111", CALLBACK), null));
        return sent + " " + step;
    }

    @Test
    void anApiErrorDescriptionNeverShowsACardNumber() {
        CraftgateApiException e = new CraftgateApiException(400, "X", "card 9792000000001234 refused", "VALIDATION");
        assertThat(e.getMessage()).doesNotContain("9792000000001234").contains("****");
        assertThatThrownBy(() -> { throw e; }).hasMessageContaining("HTTP 400");
    }
}

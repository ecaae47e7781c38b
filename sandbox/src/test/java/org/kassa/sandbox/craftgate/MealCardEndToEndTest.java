package org.kassa.sandbox.craftgate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kassa.payclient.callback.CallbackReceiver;
import org.kassa.payclient.callback.PostbackListener;
import org.kassa.payclient.callback.ReceiverSettings;
import org.kassa.payclient.callback.TokenizationResult;
import org.kassa.payclient.craftgate.AdditionalAction.Known;
import org.kassa.payclient.craftgate.ApmType;
import org.kassa.payclient.craftgate.CardTokenizationData;
import org.kassa.payclient.craftgate.CompleteRequest;
import org.kassa.payclient.craftgate.CraftgateApiException;
import org.kassa.payclient.craftgate.CraftgateClient;
import org.kassa.payclient.craftgate.InitRequest;
import org.kassa.payclient.craftgate.RegenerateRequest;
import org.kassa.payclient.craftgate.StoredMealCard;
import org.kassa.payclient.craftgate.TokenizationStep;

/**
 * Every APM type end to end over real HTTP: client → sandbox → the customer's browser → the sandbox's hashed
 * callback → the receiver → the listener. Callbacks are delivered before the provider's result page answers,
 * so no waiting is needed.
 */
class MealCardEndToEndTest {

    private final CraftgateSandboxServer server = new CraftgateSandboxServer();
    private final List<TokenizationResult> results = new CopyOnWriteArrayList<>();
    private final CallbackReceiver receiver = CallbackReceiver.start(
            ReceiverSettings.loopback(CraftgateSandboxSettings.training().callbackKey()), results::add,
            PostbackListener.IGNORE);
    private final CraftgateClient client = CraftgateClient.create(server.clientSettings());
    private final ProviderBrowser browser = new ProviderBrowser();

    @AfterEach
    void stop() {
        client.close();
        receiver.close();
        server.close();
    }

    private CardTokenizationData data(String card, String gsm) {
        return new CardTokenizationData(card, "customer-42", gsm, receiver.callbackUrl());
    }

    @ParameterizedTest
    @EnumSource(value = ApmType.class, names = {"MULTINET", "SETCARD"})
    void htmlFormFlowStoresTheCardAndTheReceiverGetsTheCallback(ApmType apm) throws Exception {
        TokenizationStep step = client.init(new InitRequest(apm, data(null, null), null));
        assertThat(step.additionalAction().known()).contains(Known.SHOW_HTML_CONTENT);
        String page = browser.submit(step.htmlContent(), null);
        assertThat(page).contains("Card stored").contains("callback answered HTTP 200");
        assertThat(results).containsExactly(new TokenizationResult(step.sessionId(), "SUCCESS", "7599********1920",
                TokenizationFlows.fingerprint(SandboxPages.GOOD_CARD)));
    }

    @ParameterizedTest
    @EnumSource(value = ApmType.class, names = {"SODEXO", "TOKENFLEX"})
    void redirectFlowStoresTheCardAndTheReceiverGetsTheCallback(ApmType apm) throws Exception {
        TokenizationStep step = client.init(new InitRequest(apm, data(null, "905551111111"), null));
        assertThat(step.additionalAction().known()).contains(Known.REDIRECT_TO_URL);
        browser.submit(browser.open(step.redirectUrl()), null);
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.sessionId()).isEqualTo(step.sessionId());
            assertThat(r.succeeded()).isTrue();
            assertThat(r.maskedCardNumber()).isEqualTo("7599********1920");
        });
    }

    @Test
    void metropolCompletesWithTheDocumentedSmsCodeAndCallsBack() {
        TokenizationStep step = client.init(new InitRequest(ApmType.METROPOL, data("9792000000001234", "905551111111"),
                null));
        assertThat(step.additionalAction().known()).contains(Known.OTP_REQUIRED);
        assertThat(step.htmlContent()).isNull();
        assertThat(step.redirectUrl()).isNull();
        StoredMealCard card = client.complete(new CompleteRequest(step.sessionId(), ApmType.METROPOL,
                CraftgateSandboxSettings.TRAINING_OTP_CODE, null));
        assertThat(card.maskedCardNumber()).isEqualTo("9792********1234");
        assertThat(card.balance()).isEqualByComparingTo("250.75");
        assertThat(results).singleElement().extracting(TokenizationResult::fingerprint).isEqualTo(card.fingerprint());
    }

    @Test
    void metropolWrongCodeThenRegenerateThenComplete() {
        String session = client.init(new InitRequest(ApmType.METROPOL, data("9792000000001234", "905551111111"),
                null)).sessionId();
        assertThat(catchThrowableOfType(() -> client.complete(new CompleteRequest(session, ApmType.METROPOL, "000000",
                null)), CraftgateApiException.class).errorCode()).isEqualTo("INVALID_VALIDATION_CODE");
        TokenizationStep again = client.regenerate(new RegenerateRequest(session, ApmType.METROPOL,
                data("9792000000005678", "905551111111"), null));
        assertThat(again.sessionId()).isEqualTo(session);
        StoredMealCard card = client.complete(new CompleteRequest(session, ApmType.METROPOL, "123456", null));
        assertThat(card.maskedCardNumber()).isEqualTo("9792********5678");
        assertThat(catchThrowableOfType(() -> client.complete(new CompleteRequest(session, ApmType.METROPOL, "123456",
                null)), CraftgateApiException.class).errorCode()).isEqualTo("SESSION_ALREADY_COMPLETED");
    }

    @Test
    void edenredIsStoredAtOnceAndCallsBack() {
        TokenizationStep step = client.init(new InitRequest(ApmType.EDENRED, data("6375000000004321", null), null));
        assertThat(step.additionalAction().known()).contains(Known.NONE);
        assertThat(results).containsExactly(new TokenizationResult(step.sessionId(), "SUCCESS", "6375********4321",
                TokenizationFlows.fingerprint("6375000000004321")));
    }

    @Test
    void aDeclinedCardCallsBackFailureWithoutCardDataAsJson() throws Exception {
        server.sandbox().sendCallbacksAsJson(true);
        TokenizationStep step = client.init(new InitRequest(ApmType.SETCARD, data(null, null), null));
        assertThat(browser.submit(step.htmlContent(), SandboxPages.DECLINED_CARD)).contains("Card declined");
        assertThat(results).containsExactly(new TokenizationResult(step.sessionId(), "FAILURE", null, null));
        assertThat(server.sandbox().deliveredCallbacks().get(0).params())
                .containsEntry("maskedCardNumber", null).containsEntry("hashParams",
                        "sessionId:status:maskedCardNumber:fingerprint");
    }

    @ParameterizedTest
    @EnumSource(value = CallbackForgery.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void forgedCallbacksAreRefusedAndNeverReachTheListener(CallbackForgery forgery) throws Exception {
        server.sandbox().forgeCallbacks(forgery);
        TokenizationStep step = client.init(new InitRequest(ApmType.MULTINET, data(null, null), null));
        browser.submit(step.htmlContent(), null);
        assertThat(server.sandbox().deliveredCallbacks()).singleElement()
                .satisfies(d -> assertThat(d.httpStatus()).isIn(400, 403));
        assertThat(results).isEmpty();
    }

    @Test
    void aRepeatedSubmitDeliversTheResultOnce() throws Exception {
        TokenizationStep step = client.init(new InitRequest(ApmType.MULTINET, data(null, null), null));
        browser.submit(step.htmlContent(), null);
        browser.submit(step.htmlContent(), null);
        assertThat(server.sandbox().deliveredCallbacks()).extracting(DeliveredCallback::httpStatus)
                .containsExactly(200, 200);
        assertThat(results).hasSize(1);
    }
}

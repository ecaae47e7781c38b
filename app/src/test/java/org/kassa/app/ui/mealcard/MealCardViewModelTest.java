package org.kassa.app.ui.mealcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.app.till.TillRuntime;
import org.kassa.app.ui.TrainingTill;
import org.kassa.app.ui.mealcard.MealCardViewModel.Phase;
import org.kassa.payclient.craftgate.ApmType;
import org.kassa.payclient.craftgate.MealCardTips;
import org.kassa.sandbox.craftgate.CallbackForgery;
import org.kassa.sandbox.craftgate.CraftgateSandboxSettings;
import org.kassa.till.store.MealCardRow;

/**
 * The meal-card screen's view model against the training till: the in-process Craftgate sandbox, its callbacks
 * over loopback HTTP to the till's receiver, the till's H2 store. The customer's side (the provider's form) is
 * played by an HTTP client posting the form the sandbox sent.
 */
class MealCardViewModelTest {

    private static final String GOOD_CARD = "7599000011111920";
    private static final String DECLINED_CARD = "7599000000000000";

    private TillRuntime runtime;
    private MealCardViewModel model;
    private final UiQueue jobs = new UiQueue();

    @BeforeEach
    void openTill() throws Exception {
        runtime = TillRuntime.open(TrainingTill.settings("ru"));
        model = new MealCardViewModel(runtime.mealCards(), jobs, true,
                BrowserForm.inDataFolder(runtime.settings().dataDir()));
        model.open();
    }

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void metropolAsksForTheSmsCodeAndAWrongCodeGetsItsTip() {
        model.apmType().set(ApmType.METROPOL);
        model.cardNumber().set("9792030000000011");
        model.gsmNumber().set("905551112233");
        model.enter();
        assertThat(model.phase().get()).isEqualTo(Phase.SMS_CODE);

        model.code().set("000000");
        model.enter();
        assertThat(model.phase().get()).isEqualTo(Phase.SMS_CODE);
        assertThat(model.problem().get().operatorTip(Locale.ENGLISH))
                .isEqualTo(MealCardTips.tip(Locale.ENGLISH, "code.INVALID_VALIDATION_CODE"));

        model.code().set(CraftgateSandboxSettings.TRAINING_OTP_CODE);
        model.enter();
        assertThat(model.phase().get()).isEqualTo(Phase.STORED);
        assertThat(model.result().get().maskedNumber()).isEqualTo("9792********0011");
        assertStoredMaskedOnly(model.result().get().id(), "9792********0011");
    }

    @Test
    void aFormTypeShowsTheProvidersHtmlAndTheVerifiedCallbackStoresTheCardMasked() throws Exception {
        model.apmType().set(ApmType.MULTINET);
        model.enter();
        assertThat(model.phase().get()).isEqualTo(Phase.FORM);
        assertThat(model.html().get()).contains("<form");

        customerSubmits(model.html().get(), GOOD_CARD);
        jobs.await(() -> model.phase().get() == Phase.STORED);
        assertThat(model.result().get().fingerprint()).hasSize(64);
        assertStoredMaskedOnly(model.result().get().id(), "7599********1920");
    }

    @Test
    void aRedirectTypeShowsThePageForThePhoneAndADeclinedCardEndsFailed() throws Exception {
        model.apmType().set(ApmType.SODEXO);
        model.enter();
        assertThat(model.phase().get()).isEqualTo(Phase.PHONE);
        String page = fetch(model.redirectUrl().get());

        customerSubmits(page, DECLINED_CARD);
        jobs.await(() -> model.phase().get() == Phase.FAILED);
        assertThat(runtime.store().mealCards().find(model.result().get().id()).orElseThrow().status())
                .isEqualTo("FAILED");
    }

    @Test
    void anUnverifiedCallbackChangesNothing() throws Exception {
        runtime.craftgateSandbox().orElseThrow().forgeCallbacks(CallbackForgery.WRONG_KEY);
        model.apmType().set(ApmType.SETCARD);
        model.enter();
        customerSubmits(model.html().get(), GOOD_CARD);
        var sandbox = runtime.craftgateSandbox().orElseThrow();
        assertThat(sandbox.deliveredCallbacks()).hasSize(1);
        assertThat(sandbox.deliveredCallbacks().get(0).httpStatus()).isNotEqualTo(200);
        jobs.drain();
        assertThat(model.phase().get()).isEqualTo(Phase.FORM);
        String session = runtime.store().mealCards().list().get(0).id();
        assertThat(runtime.store().mealCards().find(session).orElseThrow().status()).isEqualTo("INIT");
    }

    @Test
    void edenredIsStoredAtOnceEvenWhenTheCallbackOutrunsTheAnswer() {
        model.apmType().set(ApmType.EDENRED);
        model.cardNumber().set(GOOD_CARD);
        model.enter();
        jobs.await(() -> model.phase().get() == Phase.STORED);
        assertThat(model.result().get().maskedNumber()).isEqualTo("7599********1920");
    }

    @Test
    void aMissingFieldIsRefusedBeforeSendingWithTheFieldsTip() {
        model.apmType().set(ApmType.METROPOL);
        model.gsmNumber().set("905551112233");
        model.enter();
        assertThat(model.phase().get()).isEqualTo(Phase.FAILED);
        assertThat(model.problem().get().operatorTip(Locale.forLanguageTag("ru")))
                .isEqualTo(MealCardTips.tip(Locale.forLanguageTag("ru"), "field.cardNumber", "METROPOL"));
        assertThat(runtime.craftgateSandbox().orElseThrow().calls("init")).isZero();
        model.escape();
        assertThat(model.phase().get()).isEqualTo(Phase.ENTRY);
    }

    @Test
    void regenerateGivesAFreshSmsStepOnTheSameSession() {
        model.apmType().set(ApmType.METROPOL);
        model.cardNumber().set(GOOD_CARD);
        model.gsmNumber().set("905551112233");
        model.enter();
        model.regenerate();
        assertThat(model.phase().get()).isEqualTo(Phase.SMS_CODE);
        assertThat(runtime.craftgateSandbox().orElseThrow().calls("regenerate")).isEqualTo(1);
        assertThat(runtime.store().mealCards().list()).hasSize(1);
    }

    @Test
    void theFieldsFollowTheType() {
        model.apmType().set(ApmType.SODEXO);
        assertThat(model.needsCardNumber().get()).isFalse();
        assertThat(model.needsGsmNumber().get()).isFalse();
        model.chooseType(1);
        assertThat(model.apmType().get()).isEqualTo(ApmType.EDENRED);
        assertThat(model.needsCardNumber().get()).isTrue();
        model.chooseType(-2);
        assertThat(model.apmType().get()).isEqualTo(ApmType.SETCARD);
    }

    private void assertStoredMaskedOnly(String id, String masked) {
        MealCardRow row = runtime.store().mealCards().find(id).orElseThrow();
        assertThat(row.status()).isEqualTo("COMPLETED");
        assertThat(row.maskedNumber()).isEqualTo(masked);
    }

    /** The customer picks {@code card} on the provider's form and submits it, as a browser would. */
    private static void customerSubmits(String html, String card) throws Exception {
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(html);
        assertThat(action.find()).as("the provider's page has a form").isTrue();
        HttpRequest post = HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("card=" + card)).build();
        HttpResponse<String> answer = client().send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
    }

    private static String fetch(String url) throws Exception {
        HttpResponse<String> page = client().send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }
}

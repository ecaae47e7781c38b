package org.kassa.app.ui.mealcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.app.till.TillRuntime;
import org.kassa.app.ui.TrainingTill;
import org.kassa.app.ui.mealcard.MealCardViewModel.Phase;
import org.kassa.payclient.craftgate.ApmType;

/**
 * The meal-card screen where the runtime has no WebView (the default bundle, decision 0148): the provider's form
 * is saved under the data folder and handed to the browser; the customer submits it there and the verified
 * callback of the in-process Craftgate sandbox stores the card. The "browser" here records the page it was given
 * and plays the customer by reading the saved file and posting its form over loopback HTTP.
 */
class MealCardBrowserFormTest {

    private static final String GOOD_CARD = "7599000011111920";

    private TillRuntime runtime;
    private Path forms;
    private final UiQueue jobs = new UiQueue();
    private final List<URI> opened = new CopyOnWriteArrayList<>();
    private boolean browserStarts = true;

    @BeforeEach
    void openTill() throws Exception {
        runtime = TillRuntime.open(TrainingTill.settings("ru"));
        forms = runtime.settings().dataDir().resolve("mealcard-forms");
    }

    @AfterEach
    void close() {
        runtime.close();
    }

    private MealCardViewModel model(boolean webViewUsable) {
        var model = new MealCardViewModel(runtime.mealCards(), jobs, webViewUsable, new BrowserForm(forms, page -> {
            opened.add(page);
            return browserStarts;
        }));
        model.open();
        return model;
    }

    @Test
    void withoutWebViewTheFormOpensInTheBrowserAndTheCustomersChoiceStoresTheCard() throws Exception {
        var model = model(false);
        model.apmType().set(ApmType.MULTINET);
        model.enter();

        assertThat(model.phase().get()).isEqualTo(Phase.BROWSER);
        assertThat(model.html().get()).as("nothing for a WebView").isNull();
        assertThat(model.browserStarted().get()).isTrue();
        Path file = Path.of(model.formFile().get());
        assertThat(file.getParent()).isEqualTo(forms);
        assertThat(opened).containsExactly(file.toUri());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        customerSubmitsInTheBrowser(opened.get(0), GOOD_CARD);
        jobs.await(() -> model.phase().get() == Phase.STORED);
        assertThat(model.result().get().maskedNumber()).isEqualTo("7599********1920");
        assertThat(runtime.store().mealCards().find(model.result().get().id()).orElseThrow().status())
                .isEqualTo("COMPLETED");

        model.enter();      // Enter on a stored card closes the screen, and the saved form goes with it
        assertThat(model.showing().get()).isFalse();
        assertThat(file).doesNotExist();
    }

    @Test
    void whenNoBrowserStartsTheOperatorGetsTheFileAndEnterTriesAgain() {
        browserStarts = false;
        var model = model(false);
        model.apmType().set(ApmType.SETCARD);
        model.enter();

        assertThat(model.phase().get()).isEqualTo(Phase.BROWSER);
        assertThat(model.browserStarted().get()).isFalse();
        assertThat(Path.of(model.formFile().get())).isRegularFile();

        browserStarts = true;
        model.enter();
        assertThat(model.browserStarted().get()).isTrue();
        assertThat(opened).hasSize(2).containsOnly(Path.of(model.formFile().get()).toUri());
    }

    @Test
    void regenerateLeavesOnlyTheFreshFormSaved() throws Exception {
        var model = model(false);
        model.apmType().set(ApmType.MULTINET);
        model.enter();
        model.regenerate();

        assertThat(model.phase().get()).isEqualTo(Phase.BROWSER);
        assertThat(runtime.craftgateSandbox().orElseThrow().calls("regenerate")).isEqualTo(1);
        try (var saved = Files.list(forms)) {
            assertThat(saved).containsExactly(Path.of(model.formFile().get()));
        }
        assertThat(opened).hasSize(2);
    }

    @Test
    void aWebViewThatCannotStartHandsTheFormToTheBrowser() {
        var model = model(true);
        model.apmType().set(ApmType.MULTINET);
        model.enter();
        assertThat(model.phase().get()).isEqualTo(Phase.FORM);
        String html = model.html().get();

        model.webViewFailed();
        assertThat(model.phase().get()).isEqualTo(Phase.BROWSER);
        assertThat(model.html().get()).isNull();
        assertThat(Path.of(model.formFile().get())).content(StandardCharsets.UTF_8).isEqualTo("\uFEFF" + html);
    }

    @Test
    void webViewIsReportedMissingWhereJavaFxWebCannotBeLoaded() throws Exception {
        assertThat(WebViewSupport.usable()).as("the test class path has javafx-web").isTrue();
        try (var withoutJavaFx = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
            assertThat(WebViewSupport.usable(withoutJavaFx)).isFalse();
        }
    }

    /** The customer chooses {@code card} on the page the browser shows and submits it. */
    private static void customerSubmitsInTheBrowser(URI page, String card) throws Exception {
        String html = Files.readString(Path.of(page), StandardCharsets.UTF_8);
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(html);
        assertThat(action.find()).as("the saved page has the provider's form").isTrue();
        HttpRequest post = HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("card=" + card)).build();
        HttpResponse<String> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
    }
}

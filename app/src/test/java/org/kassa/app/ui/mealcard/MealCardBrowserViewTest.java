package org.kassa.app.ui.mealcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kassa.app.till.TillRuntime;
import org.kassa.app.ui.TrainingTill;
import org.kassa.app.ui.core.I18n;
import org.kassa.app.ui.mealcard.MealCardViewModel.Phase;
import org.kassa.payclient.craftgate.ApmType;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What the operator reads on the meal-card card when the runtime has no WebView (headless, Monocle): the file
 * the system browser shows, in Russian and English, and no WebView made at all.
 */
@ExtendWith(ApplicationExtension.class)
class MealCardBrowserViewTest {

    private TillRuntime runtime;
    private MealCardViewModel model;
    private I18n i18n;
    private final List<URI> opened = new CopyOnWriteArrayList<>();
    private volatile boolean browserStarts = true;

    @Start
    void start(Stage stage) throws Exception {
        runtime = TillRuntime.open(TrainingTill.settings("ru"));
        model = new MealCardViewModel(runtime.mealCards(), new UiQueue(), false,
                new BrowserForm(runtime.settings().dataDir().resolve("mealcard-forms"), page -> {
                    opened.add(page);
                    return browserStarts;
                }));
        i18n = new I18n(Locale.forLanguageTag("ru"));
        stage.setScene(new Scene(new MealCardView(model, i18n).root(), 1000, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void theOperatorIsToldWhereTheFormOpenedAndWhatToDoWithoutABrowser(FxRobot robot) {
        robot.interact(() -> {
            model.open();
            model.apmType().set(ApmType.MULTINET);
            model.enter();
        });
        assertThat(model.phase().get()).isEqualTo(Phase.BROWSER);
        String file = Path.of(opened.get(0)).toString();
        assertThat(status(robot)).startsWith("В этой сборке Kassa нет встроенного браузера (WebView), поэтому")
                .endsWith("Форма: " + file);
        assertThat(robot.lookup("#mealCardHint").queryAs(Label.class).getText())
                .startsWith("Enter — открыть форму снова");
        assertThat(robot.lookup("#mealCardWeb").tryQuery()).isEmpty();

        browserStarts = false;
        robot.interact(() -> {
            i18n.toggle();
            model.regenerate();
        });
        assertThat(status(robot))
                .contains("could not start this computer's browser (xdg-open, Debian package xdg-utils)")
                .endsWith(": " + Path.of(model.formFile().get()));
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#mealCardStatus").queryAs(Label.class).getText();
    }
}

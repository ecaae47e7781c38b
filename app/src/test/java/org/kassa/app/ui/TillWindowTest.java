package org.kassa.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real JavaFX scene, headless (Monocle): training mode is impossible to miss. */
@ExtendWith(ApplicationExtension.class)
class TillWindowTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainView view = new MainView(Messages.bundle(Locale.forLanguageTag("ru")), true);
        stage.setTitle(view.title());
        stage.setScene(new Scene(view.root(), 800, 600));
        stage.show();
    }

    @Test
    void trainingModeIsMarkedInRussianByDefault(FxRobot robot) {
        Label banner = robot.lookup("#trainingBanner").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).startsWith("УЧЕБНЫЙ РЕЖИМ");
        assertThat(stage.getTitle()).contains("УЧЕБНЫЙ РЕЖИМ");
        assertThat(robot.lookup("#tillReady").queryAs(Label.class).getText()).isEqualTo("Касса готова к работе");
    }

    @Test
    void englishIsAvailable() {
        MainView english = new MainView(Messages.bundle(Locale.ENGLISH), true);
        assertThat(english.title()).isEqualTo("Kassa — TRAINING MODE");
    }

    @Test
    void noBannerOutsideTraining(FxRobot robot) {
        MainView production = new MainView(Messages.bundle(Locale.forLanguageTag("ru")), false);
        assertThat(production.root().getTop()).isNull();
        assertThat(production.title()).isEqualTo("Касса");
    }
}

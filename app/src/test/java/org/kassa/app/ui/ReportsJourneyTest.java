package org.kassa.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kassa.app.config.KassaSettings;
import org.kassa.app.ui.shell.TillWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Reports screen through the real window (headless, Monocle) on the real till core in training mode,
 * keyboard only: a cash sale and a Koshelek SBP sale, F5 shows the X report with their total as on paper and
 * the chart's bars per payment type, F7 writes the CSV, Esc goes back to the sale input.
 */
@ExtendWith(ApplicationExtension.class)
class ReportsJourneyTest {

    private static final String MILK = "4601234000017";

    private KassaSettings settings;
    private TillWindow window;
    private FxRobot robot;
    private WindowLookups look;
    private Keyboard keys;

    @Start
    void start(Stage stage) throws Exception {
        settings = TrainingTill.settings("ru");
        window = TillWindow.open(stage, settings);
    }

    @BeforeEach
    void tillIsReady(FxRobot fx) throws Exception {
        robot = fx;
        look = new WindowLookups(fx);
        keys = new Keyboard(fx, window.scene());
        WindowLookups.waitFor(30, () -> window.ready().get() != null && !look.visible("#starting"));
    }

    @AfterEach
    void closeTill() {
        robot.interact(window::close);
    }

    @Test
    void sellThenF5ShowsTheXReportAndChartF7WritesTheCsvEscGoesBack() throws Exception {
        keys.typeAsPerson("2*" + MILK, true);               // 2 × 89,90 = 179,80 ₽ in cash
        WindowLookups.waitFor(10, () -> look.basket().getItems().size() == 1);
        keys.press(KeyCode.F11);
        WindowLookups.waitFor(5, () -> look.visible("#cashView"));
        keys.press(KeyCode.ENTER);
        WindowLookups.waitFor(10, () -> !look.visible("#cashView") && look.text("#saleMessage").startsWith("Оплачено"));

        keys.typeAsPerson(MILK, true);                      // 89,90 ₽ with Koshelek Pay, SBP
        WindowLookups.waitFor(10, () -> look.basket().getItems().size() == 1);
        keys.scan(TrainingTill.cardWithSession(settings));
        WindowLookups.waitFor(10, () -> look.visible("#payKoshelek"));
        keys.press(KeyCode.F12);
        WindowLookups.waitFor(5, () -> look.visible("#providerChoice"));
        keys.press(KeyCode.ENTER);
        WindowLookups.waitFor(30, () -> look.visible("#koshelekAccepted"));
        keys.press(KeyCode.ENTER);
        WindowLookups.waitFor(5, () -> !look.visible("#koshelekAccepted"));

        keys.press(KeyCode.F5);
        WindowLookups.waitFor(10, () -> look.visible("#reportsView") && !look.text("#reportPaper").isBlank());
        String paper = look.text("#reportPaper");
        assertThat(paper).contains("269,70");                // all sales of the shift
        assertThat(paper).contains("179,80").contains("89,90");
        assertThat(window.scene().getFocusOwner()).isSameAs(robot.lookup("#reportCsvPath").query());

        @SuppressWarnings("unchecked")
        BarChart<String, Number> chart = robot.lookup("#reportChart").queryAs(BarChart.class);
        XYChart.Series<String, Number> taken = chart.getData().get(0);
        Map<String, Double> bars = taken.getData().stream().collect(Collectors.toMap(XYChart.Data::getXValue,
                d -> d.getYValue().doubleValue()));
        assertThat(bars).containsEntry("Наличные", 179.80).containsEntry("СБП", 89.90);
        assertThat(chart.getData().get(1).getName()).isEqualTo("Возвраты и отмены");

        keys.press(KeyCode.F10);                            // English at runtime: the chart follows
        WindowLookups.waitFor(5, () -> chart.getData().get(0).getData().stream()
                .anyMatch(d -> d.getXValue().equals("Cash")) && look.text("#reportTitle").equals("Reports"));
        keys.press(KeyCode.F10);
        WindowLookups.waitFor(5, () -> look.text("#reportTitle").equals("Отчёты"));

        keys.press(KeyCode.F7);
        WindowLookups.waitFor(10, () -> look.text("#reportMessage").startsWith("CSV записан: "));
        Path csv = Path.of(look.text("#reportMessage").substring("CSV записан: ".length()));
        assertThat(csv.getParent()).isEqualTo(settings.dataDir().resolve("exports"));
        assertThat(Files.readString(csv)).contains("SALE,SALE,CASH,CASH,1,17980").contains(",SBP,1,8990");

        keys.press(KeyCode.ESCAPE);
        WindowLookups.waitFor(5, () -> !look.visible("#reportsView"));
        assertThat(window.scene().getFocusOwner()).isSameAs(robot.lookup("#saleInput").queryAs(TextField.class));
    }
}

package org.kassa.app.ui.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kassa.app.ui.core.I18n;
import org.kassa.app.ui.core.Panels;

/**
 * The Reports screen over the sale: the reports to choose from (X of the open shift, Z of closed ones), the
 * chosen report ({@link ReportView} with F6 print and F7 CSV), Esc back. The CSV path field has the focus, so
 * a path can simply be typed.
 */
public final class ReportsView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final ReportsViewModel model;
    private final ReportView report;
    private final VBox root;

    public ReportsView(ReportsViewModel model, I18n i18n) {
        this.model = model;
        this.report = new ReportView(model.report(), i18n);
        ListView<ShiftChoice> shifts = new ListView<>(model.choices());
        shifts.setId("reportShifts");
        shifts.getStyleClass().add("report-shifts");
        shifts.setFocusTraversable(false);
        shifts.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ShiftChoice item, boolean empty) {
                super.updateItem(item, empty);
                textProperty().unbind();
                if (empty || item == null) {
                    setText(null);
                } else {
                    textProperty().bind(item.x() ? i18n.text("report.choice.x", item.number())
                            : i18n.text("report.choice.z", item.number(), when(item)));
                }
            }
        });
        model.selected().addListener((o, was, now) -> {
            shifts.getSelectionModel().clearAndSelect(now.intValue());
            shifts.scrollTo(Math.max(0, now.intValue()));
        });
        shifts.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> model.select(now.intValue()));

        Button back = ReportActions.button("reportBack", i18n, "report.back");
        back.setOnAction(e -> model.close());

        BorderPane body = new BorderPane(report.root());
        body.setLeft(shifts);
        VBox.setVgrow(body, Priority.ALWAYS);
        HBox foot = new HBox(16, back, Panels.label(null, "hint", i18n.text("report.hint")));
        foot.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root = new VBox(10, Panels.label("reportTitle", "overlay-title", i18n.text("report.title")), body, foot);
        root.setId("reportsView");
        root.getStyleClass().addAll("overlay-card", "report-screen");
    }

    private static String when(ShiftChoice choice) {
        return choice.closedAt() == null ? "" : WHEN.format(choice.closedAt().atZone(ZoneId.systemDefault()));
    }

    /**
     * The screen's keys; true when taken. Letters, digits and editing keys reach the path field unchanged.
     */
    public boolean key(KeyCode key) {
        switch (key) {
            case ESCAPE -> model.close();
            case F5 -> model.open();
            case UP -> model.move(-1);
            case DOWN -> model.move(1);
            default -> {
                return report.key(key);
            }
        }
        return true;
    }

    public VBox root() {
        return root;
    }

    /** Where typing goes while the screen shows. */
    public TextField field() {
        return report.field();
    }

    public ReportView report() {
        return report;
    }
}

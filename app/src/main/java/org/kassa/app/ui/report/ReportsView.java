package org.kassa.app.ui.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
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
 * chosen report ({@link ReportView}), buttons with their keys: F6 print, F7 CSV (to the typed path or the
 * exports folder), Esc back. The CSV path field has the focus, so a path can simply be typed.
 */
public final class ReportsView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final ReportsViewModel model;
    private final ReportView report;
    private final VBox root;
    private final TextField csvPath = new TextField();

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

        csvPath.setId("reportCsvPath");
        csvPath.getStyleClass().add("report-csv-path");
        csvPath.textProperty().bindBidirectional(model.report().csvTarget());
        csvPath.promptTextProperty().bind(i18n.text("report.csvPrompt"));
        HBox.setHgrow(csvPath, Priority.ALWAYS);
        Button print = button("reportPrint", i18n, "report.print");
        Button csv = button("reportCsv", i18n, "report.csv");
        Button back = button("reportBack", i18n, "report.back");
        print.setOnAction(e -> model.report().print());
        csv.setOnAction(e -> model.report().exportCsv());
        back.setOnAction(e -> model.close());
        print.disableProperty().bind(Bindings.or(model.report().busy(), model.report().report().isNull()));
        csv.disableProperty().bind(print.disableProperty());

        BorderPane body = new BorderPane(report.root());
        body.setLeft(shifts);
        VBox.setVgrow(body, Priority.ALWAYS);
        root = new VBox(10, Panels.label("reportTitle", "overlay-title", i18n.text("report.title")), body,
                new HBox(10, print, csv, csvPath, back), Panels.label(null, "hint", i18n.text("report.hint")));
        root.setId("reportsView");
        root.getStyleClass().addAll("overlay-card", "report-screen");
    }

    private static Button button(String id, I18n i18n, String key) {
        Button button = new Button();
        button.setId(id);
        button.setFocusTraversable(false);
        button.textProperty().bind(i18n.text(key));
        return button;
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
            case F6 -> model.report().print();
            case F7 -> model.report().exportCsv();
            case UP -> model.move(-1);
            case DOWN -> model.move(1);
            case PAGE_UP -> report.scroll(-1);
            case PAGE_DOWN -> report.scroll(1);
            default -> {
                return false;
            }
        }
        return true;
    }

    public VBox root() {
        return root;
    }

    /** Where typing goes while the screen shows. */
    public TextField field() {
        return csvPath;
    }

    public ReportView report() {
        return report;
    }
}

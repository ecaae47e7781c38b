package org.kassa.app.ui.report;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kassa.app.ui.core.I18n;

/** The buttons under a report, each showing its key: F6 print, F7 CSV, and the CSV path field between them. */
final class ReportActions {

    private ReportActions() {
    }

    static HBox bar(ReportViewModel model, I18n i18n, TextField csvPath) {
        csvPath.setId("reportCsvPath");
        csvPath.getStyleClass().add("report-csv-path");
        csvPath.textProperty().bindBidirectional(model.csvTarget());
        csvPath.promptTextProperty().bind(i18n.text("report.csvPrompt"));
        HBox.setHgrow(csvPath, Priority.ALWAYS);
        Button print = button("reportPrint", i18n, "report.print");
        Button csv = button("reportCsv", i18n, "report.csv");
        print.setOnAction(e -> model.print());
        csv.setOnAction(e -> model.exportCsv());
        print.disableProperty().bind(Bindings.or(model.busy(), model.report().isNull()));
        csv.disableProperty().bind(print.disableProperty());
        return new HBox(10, print, csv, csvPath);
    }

    static Button button(String id, I18n i18n, String key) {
        Button button = new Button();
        button.setId(id);
        button.setFocusTraversable(false);
        button.textProperty().bind(i18n.text(key));
        return button;
    }
}

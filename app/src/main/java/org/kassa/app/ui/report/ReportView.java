package org.kassa.app.ui.report;

import java.math.BigDecimal;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kassa.app.ui.core.I18n;
import org.kassa.printer.PrinterTips;

/**
 * Any report on screen (reusable, e.g. for the Z report at the shift close): the paper as it prints in a
 * monospace preview, beside it a bar chart of the takings and returns per payment type, under them F6 print,
 * F7 CSV with its path field, and the message line (with the printer's tip after a failed print). Route the
 * screen's keys to {@link #key(KeyCode)}; put the focus on {@link #field()}.
 */
public final class ReportView {

    /** Room for the paper's vertical scroll bar, so the widest line shows whole. */
    private static final double SCROLL_BAR = 22;

    private final ReportViewModel model;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final ScrollPane paperScroll;
    private final BarChart<String, Number> chart;
    private final TextField csvPath = new TextField();

    public ReportView(ReportViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        Label paper = new Label();
        paper.setId("reportPaper");
        paper.getStyleClass().add("report-paper");
        paper.textProperty().bind(model.paper());
        paperScroll = new ScrollPane(paper);
        paperScroll.getStyleClass().add("report-paper-scroll");
        paperScroll.setFocusTraversable(false);
        paper.setMinWidth(Region.USE_PREF_SIZE);     // a paper line is never cut short
        paperScroll.minWidthProperty().bind(Bindings.createDoubleBinding(() -> paper.prefWidth(-1)
                + SCROLL_BAR, paper.textProperty(), paper.fontProperty()));

        CategoryAxis types = new CategoryAxis();
        NumberAxis roubles = new NumberAxis();
        roubles.labelProperty().bind(i18n.text("report.chart.roubles"));
        chart = new BarChart<>(types, roubles);
        chart.setId("reportChart");
        chart.getStyleClass().add("report-chart");
        chart.setAnimated(false);
        chart.titleProperty().bind(i18n.text("report.chart.title"));
        chart.setFocusTraversable(false);
        model.bars().addListener((ListChangeListener<TakingsBar>) c -> drawChart());
        i18n.locale().addListener((o, was, now) -> drawChart());
        HBox.setHgrow(chart, Priority.ALWAYS);

        Label message = new Label();
        message.setId("reportMessage");
        message.getStyleClass().add("message");
        message.setWrapText(true);
        message.textProperty().bind(Bindings.createStringBinding(this::messageText, model.message(),
                model.printerTip(), i18n.locale()));
        model.problem().addListener((o, was, now) -> {
            message.getStyleClass().removeAll("problem");
            if (now) {
                message.getStyleClass().add("problem");
            }
        });
        HBox body = new HBox(14, paperScroll, chart);
        root.setCenter(body);
        root.setBottom(new VBox(8, ReportActions.bar(model, i18n, csvPath), message));
        root.getStyleClass().add("report-view");
        drawChart();
    }

    private String messageText() {
        String text = i18n.render(model.message().get());
        if (model.printerTip().get() != null) {
            String language = i18n.english() ? "en" : "ru";
            text += "\n" + PrinterTips.forLanguage(language).text(model.printerTip().get(), model.printerAddress());
        }
        return text;
    }

    private void drawChart() {
        XYChart.Series<String, Number> taken = new XYChart.Series<>();
        XYChart.Series<String, Number> returned = new XYChart.Series<>();
        taken.setName(i18n.get("report.chart.taken"));
        returned.setName(i18n.get("report.chart.returned"));
        for (TakingsBar bar : model.bars()) {
            String type = typeName(bar.paymentType());
            taken.getData().add(new XYChart.Data<>(type, roubles(bar.taken())));
            returned.getData().add(new XYChart.Data<>(type, roubles(bar.returned())));
        }
        chart.getData().setAll(java.util.List.of(taken, returned));
    }

    /** CASH → "Наличные", SBP → "СБП"…; a type the bundle does not know is shown as the API names it. */
    String typeName(String paymentType) {
        String key = "report.type." + paymentType;
        String name = i18n.get(key);
        return name.equals("[" + key + "]") ? paymentType : name;
    }

    private static double roubles(long kopecks) {
        return BigDecimal.valueOf(kopecks).movePointLeft(2).doubleValue();
    }

    /**
     * The keys of a report wherever it shows (the Reports screen, the shift close): F6 print, F7 CSV, PgUp/PgDn
     * scroll the paper; true when taken.
     */
    public boolean key(KeyCode key) {
        switch (key) {
            case F6 -> model.print();
            case F7 -> model.exportCsv();
            case PAGE_UP -> scroll(-1);
            case PAGE_DOWN -> scroll(1);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** PgUp / PgDn: scrolls the paper by most of a screen. */
    void scroll(int pages) {
        double step = paperScroll.getViewportBounds().getHeight() / Math.max(1, paperScroll.getContent()
                .getBoundsInLocal().getHeight()) * 0.8;
        paperScroll.setVvalue(Math.max(0, Math.min(1, paperScroll.getVvalue() + pages * step)));
    }

    public BorderPane root() {
        return root;
    }

    public BarChart<String, Number> chart() {
        return chart;
    }

    /** The CSV path field: where typing goes while a report shows. */
    public TextField field() {
        return csvPath;
    }
}

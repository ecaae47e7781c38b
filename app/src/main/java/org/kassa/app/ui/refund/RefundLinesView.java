package org.kassa.app.ui.refund;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kassa.app.ui.core.I18n;
import org.kassa.app.ui.core.Money;

/**
 * The sold lines with a check box and the quantity each: pieces typed into the selected line's field, weighed
 * lines shown with three decimals and returned whole. The selected line has the focus.
 */
final class RefundLinesView {

    private final VBox root = new VBox(6);
    private final RefundViewModel model;
    private final I18n i18n;

    RefundLinesView(RefundViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        root.setId("refundLines");
        root.getStyleClass().add("refund-lines");
        model.lines().addListener((ListChangeListener<RefundChoice>) c -> rebuild());
        model.selected().addListener((o, was, now) -> {
            markSelected();
            focusSelected();
        });
    }

    private void rebuild() {
        root.getChildren().clear();
        for (int i = 0; i < model.lines().size(); i++) {
            root.getChildren().add(row(model.lines().get(i), i));
        }
        markSelected();
    }

    private HBox row(RefundChoice choice, int index) {
        var line = choice.line();
        CheckBox tick = new CheckBox();
        tick.setId("refundTick" + line.lineNo());
        tick.setFocusTraversable(false);
        tick.selectedProperty().bindBidirectional(choice.chosen());
        tick.setDisable(!choice.refundable());
        Label name = new Label(line.lineNo() + "  " + line.name());
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        TextField quantity = new TextField();
        quantity.setId("refundQty" + line.lineNo());
        quantity.getStyleClass().add("refund-qty");
        quantity.setPrefColumnCount(6);
        if (choice.weighed()) {
            quantity.setText(Money.quantity(line.left(), line.measure(), i18n.locale().get()));
            quantity.setEditable(false);
        } else {
            quantity.textProperty().bindBidirectional(choice.quantity());
        }
        quantity.setDisable(!choice.refundable());
        quantity.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                model.selected().set(index);
                Platform.runLater(quantity::selectAll);     // a typed quantity replaces the one shown
            }
        });
        Label sold = new Label(i18n.get("refund.line.sold", Money.quantity(line.sold(), line.measure(),
                i18n.locale().get()), i18n.money(line.totalKopecks())));
        sold.getStyleClass().add("hint");
        HBox row = new HBox(12, tick, name, quantity, sold);
        row.getStyleClass().add("refund-line");
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private void markSelected() {
        for (int i = 0; i < root.getChildren().size(); i++) {
            var styles = root.getChildren().get(i).getStyleClass();
            styles.remove("selected");
            if (i == model.selected().get()) {
                styles.add("selected");
            }
        }
    }

    void focusSelected() {
        int i = model.selected().get();
        if (i >= 0 && i < root.getChildren().size()) {
            ((HBox) root.getChildren().get(i)).getChildren().get(2).requestFocus();
        }
    }

    VBox root() {
        return root;
    }
}

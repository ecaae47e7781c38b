package org.kassa.app.ui.sale;

import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.kassa.app.ui.core.I18n;
import org.kassa.app.ui.core.Money;

/** The basket: number, name, quantity or weight, price, line total; the selected line follows the model. */
final class BasketTable {

    private BasketTable() {
    }

    static TableView<LineRow> create(SaleViewModel model, I18n i18n) {
        TableView<LineRow> table = new TableView<>(model.lines());
        table.setId("basket");
        table.getStyleClass().add("basket");
        table.setFocusTraversable(false);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("basket.empty"));
        table.setPlaceholder(empty);
        table.getColumns().add(column(i18n, "basket.no", 50, "number", r -> Integer.toString(r.position())));
        table.getColumns().add(column(i18n, "basket.name", 380, "name", r -> r.line().name()));
        table.getColumns().add(column(i18n, "basket.qty", 110, "money",
                r -> Money.quantity(r.line().quantity(), r.line().measure(), i18n.locale().get())));
        table.getColumns().add(column(i18n, "basket.price", 130, "money", r -> i18n.money(r.line().price())));
        table.getColumns().add(column(i18n, "basket.total", 140, "money", r -> i18n.money(r.line().total())));
        model.selected().addListener((o, was, now) -> {
            int i = now.intValue();
            if (i >= 0 && i < table.getItems().size()) {
                table.getSelectionModel().select(i);
                table.scrollTo(i);
            } else {
                table.getSelectionModel().clearSelection();
            }
        });
        table.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0) {
                model.selected().set(now.intValue());
            }
        });
        i18n.locale().addListener((o, was, now) -> table.refresh());
        return table;
    }

    private static TableColumn<LineRow, String> column(I18n i18n, String key, double width, String style,
                                                       Function<LineRow, String> value) {
        TableColumn<LineRow, String> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        column.getStyleClass().add(style);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        return column;
    }
}

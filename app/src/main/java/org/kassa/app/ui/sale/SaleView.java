package org.kassa.app.ui.sale;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kassa.app.ui.core.I18n;

/**
 * The sale screen (UI.md): basket and input on the left, the total, the loyalty banner and the tender buttons
 * on the right. Buttons do what their keys do; the keys themselves are routed by the shell.
 */
public final class SaleView {

    private final BorderPane root = new BorderPane();
    private final TextField input = new TextField();
    private final Button koshelek = new Button();
    private final Button cash = new Button();
    private final Button cancel = new Button();
    private final Button voidLine = new Button();
    private final Button help = new Button();

    public SaleView(SaleViewModel model, I18n i18n) {
        root.getStyleClass().add("sale-screen");
        input.setId("saleInput");
        input.getStyleClass().add("sale-input");
        input.textProperty().bindBidirectional(model.input());
        input.promptTextProperty().bind(i18n.text("input.prompt"));
        input.setOnAction(e -> model.enter());

        Label order = new Label();
        order.setId("orderNo");
        order.getStyleClass().add("order-no");
        order.textProperty().bind(Bindings.createStringBinding(() -> model.sale().get() == null ? ""
                : i18n.get("sale.order", model.sale().get().orderId()), model.sale(), i18n.locale()));
        Label message = new Label();
        message.setId("saleMessage");
        message.getStyleClass().add("message");
        message.setWrapText(true);
        message.textProperty().bind(i18n.render(model.message()));
        model.problem().addListener((o, was, now) -> toggle(message, "problem", now));

        button(voidLine, "voidLine", "button.void", i18n, "tender");
        button(help, "help", "button.help", i18n, "tender");
        HBox lineKeys = new HBox(10, voidLine, help);
        VBox left = new VBox(10, order, BasketTable.create(model, i18n), input, lineKeys, message);
        VBox.setVgrow(left.getChildren().get(1), Priority.ALWAYS);
        left.getStyleClass().add("sale-left");
        root.setCenter(left);
        root.setRight(totals(model, i18n));
    }

    private Node totals(SaleViewModel model, I18n i18n) {
        Label caption = new Label();
        caption.textProperty().bind(i18n.text("sale.total"));
        caption.getStyleClass().add("total-caption");
        Label total = new Label();
        total.setId("total");
        total.getStyleClass().add("total");
        total.textProperty().bind(Bindings.createStringBinding(() -> i18n.money(model.sale().get() == null ? 0
                : model.sale().get().totals().total()), model.sale(), i18n.locale()));
        Label details = new Label();
        details.getStyleClass().add("total-details");
        details.textProperty().bind(Bindings.createStringBinding(() -> model.sale().get() == null ? ""
                : i18n.get("sale.details", model.lines().size(), i18n.money(model.sale().get().totals().discount())),
                model.sale(), i18n.locale()));
        Label banner = new Label();
        banner.setId("cardBanner");
        banner.getStyleClass().add("card-banner");
        banner.setWrapText(true);
        banner.textProperty().bind(Bindings.createStringBinding(() -> model.banner().get() == null
                ? i18n.get("card.none") : i18n.render(model.banner().get().message()), model.banner(), i18n.locale()));
        model.banner().addListener((o, was, now) -> {
            banner.getStyleClass().removeAll("pay", "card", "problem");
            if (now != null) {
                banner.getStyleClass().add(now.tone().name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        button(koshelek, "payKoshelek", "button.koshelek", i18n, "tender-primary");
        koshelek.visibleProperty().bind(model.koshelekOffered());
        koshelek.managedProperty().bind(koshelek.visibleProperty());
        button(cash, "payCash", "button.cash", i18n, "tender");
        cash.disableProperty().bind(model.hasLines().not());
        model.koshelekOffered().addListener((o, was, now) -> toggle(cash, "tender-primary", !now));
        toggle(cash, "tender-primary", true);
        button(cancel, "cancelSale", "button.cancelSale", i18n, "tender");
        Region spring = new Region();
        VBox.setVgrow(spring, Priority.ALWAYS);
        VBox right = new VBox(12, caption, total, details, banner, spring, koshelek, cash, cancel);
        right.getStyleClass().add("sale-right");
        return right;
    }

    /** Puts the configured keys ({@code ui.key.*}) on the buttons. */
    public void showKeys(org.kassa.app.ui.core.KeyMap keys, I18n i18n) {
        koshelek.textProperty().bind(i18n.text("button.koshelek", keys.label("koshelek")));
        cash.textProperty().bind(i18n.text("button.cash", keys.label("cash")));
        help.textProperty().bind(i18n.text("button.help", keys.label("help")));
    }

    private static void button(Button b, String id, String key, I18n i18n, String style) {
        b.setId(id);
        b.textProperty().bind(i18n.text(key));
        b.getStyleClass().add(style);
        b.setFocusTraversable(false);
        b.setMaxWidth(Double.MAX_VALUE);
    }

    private static void toggle(Node node, String styleClass, boolean on) {
        node.getStyleClass().remove(styleClass);
        if (on) {
            node.getStyleClass().add(styleClass);
        }
    }

    public BorderPane root() {
        return root;
    }

    public TextField input() {
        return input;
    }

    public Button koshelekButton() {
        return koshelek;
    }

    public Button cashButton() {
        return cash;
    }

    public Button cancelButton() {
        return cancel;
    }

    public Button voidButton() {
        return voidLine;
    }

    public Button helpButton() {
        return help;
    }
}

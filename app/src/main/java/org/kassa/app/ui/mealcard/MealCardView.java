package org.kassa.app.ui.mealcard;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kassa.app.ui.core.I18n;
import org.kassa.app.ui.core.Panels;
import org.kassa.app.ui.mealcard.MealCardViewModel.Phase;
import org.slf4j.LoggerFactory;

/**
 * The meal-card card over the sale: type and fields, then the provider's form (in a WebView where the runtime has
 * one, else a message naming the form the system browser shows), the QR code of the
 * provider's page for the customer's phone, or the SMS code field; the outcome, or the tip in the TipView style.
 */
public final class MealCardView {

    private static final int QR_SIZE = 260;

    private final MealCardViewModel model;
    private final VBox root;
    private final TextField cardNumber = field("mealCardNumber");
    private final TextField gsmNumber = field("mealCardGsm");
    private final TextField userReference = field("mealCardRef");
    private final TextField code = field("mealCardCode");
    private final StackPane form = new StackPane();
    private final ImageView qr = new ImageView();
    private WebForm web;

    public MealCardView(MealCardViewModel model, I18n i18n) {
        this.model = model;
        cardNumber.textProperty().bindBidirectional(model.cardNumber());
        gsmNumber.textProperty().bindBidirectional(model.gsmNumber());
        userReference.textProperty().bindBidirectional(model.userReference());
        code.textProperty().bindBidirectional(model.code());
        cardNumber.promptTextProperty().bind(i18n.text("mealcard.cardNumber"));
        gsmNumber.promptTextProperty().bind(i18n.text("mealcard.gsmNumber"));
        userReference.promptTextProperty().bind(i18n.text("mealcard.userRef"));
        code.promptTextProperty().bind(i18n.text("mealcard.code"));
        showWhen(cardNumber, Bindings.and(model.needsCardNumber(), model.phase().isEqualTo(Phase.ENTRY)));
        showWhen(gsmNumber, Bindings.and(model.needsGsmNumber(), model.phase().isEqualTo(Phase.ENTRY)));
        showWhen(userReference, model.phase().isEqualTo(Phase.ENTRY));
        showWhen(code, model.phase().isEqualTo(Phase.SMS_CODE));
        showWhen(form, model.phase().isEqualTo(Phase.FORM));
        showWhen(qr, model.phase().isEqualTo(Phase.PHONE));
        qr.setId("mealCardQr");
        form.setId("mealCardForm");
        form.getStyleClass().add("mealcard-form");

        StringBinding type = Bindings.createStringBinding(() -> i18n.get("mealcard.type", model.apmType().get()),
                model.apmType(), i18n.locale());
        StringBinding status = Bindings.createStringBinding(() -> status(i18n), model.phase(), model.result(),
                model.redirectUrl(), model.formFile(), model.browserStarted(), i18n.locale());
        StringBinding tip = Bindings.createStringBinding(() -> model.problem().get() != null
                ? model.problem().get().operatorTip(i18n.locale().get())
                : model.unexpected().get() != null ? i18n.get("error.unexpected", model.unexpected().get()) : "",
                model.problem(), model.unexpected(), i18n.locale());
        StringBinding hint = Bindings.createStringBinding(() -> i18n.get("mealcard.hint." + model.phase().get()),
                model.phase(), i18n.locale());
        Label tipTitle = Panels.label("mealCardTipTitle", "tip-title", i18n.text("mealcard.failed"));
        Label tipBody = Panels.label("mealCardTip", "tip-body", tip);
        VBox tipBox = new VBox(8, tipTitle, tipBody);
        tipBox.getStyleClass().add("tip");
        showWhen(tipBox, Bindings.or(model.problem().isNotNull(), model.unexpected().isNotNull()));
        Label statusLabel = Panels.label("mealCardStatus", "message", status);
        root = Panels.card("mealCardView", Panels.label(null, "overlay-title", i18n.text("mealcard.title")),
                Panels.label("mealCardType", "mealcard-type", type), cardNumber, gsmNumber, userReference,
                form, qr, code, statusLabel, tipBox, Panels.label("mealCardHint", "hint", hint));
        root.getStyleClass().add("mealcard");
        root.setMaxWidth(900);
        model.html().addListener((o, was, now) -> showHtml(now));
        model.redirectUrl().addListener((o, was, now) -> qr.setImage(now == null ? null : QrCodes.image(now, QR_SIZE)));
        model.phase().addListener((o, was, now) -> focus());
    }

    private String status(I18n i18n) {
        var row = model.result().get();
        return switch (model.phase().get()) {
            case STORED -> i18n.get("mealcard.stored", row == null ? "" : row.maskedNumber());
            case FAILED -> row != null ? i18n.get("mealcard.declined") : "";
            case PHONE -> i18n.get("mealcard.phone", model.redirectUrl().get());
            case BROWSER -> model.formFile().get() == null ? i18n.get("mealcard.status.BROWSER")
                    : i18n.get(model.browserStarted().get() ? "mealcard.browser.opened" : "mealcard.browser.noBrowser",
                    model.formFile().get());
            default -> i18n.get("mealcard.status." + model.phase().get());
        };
    }

    /**
     * The provider's form in the window; WebView is made when first needed (it is heavy). The model sends forms
     * here only where javafx.web is present; if WebKit still cannot start, the form goes to the browser.
     */
    private void showHtml(String html) {
        if (html == null) {
            form.getChildren().clear();
            return;
        }
        if (web == null) {
            try {
                web = new WebForm();
            } catch (LinkageError | RuntimeException e) {
                LoggerFactory.getLogger(MealCardView.class).warn("meal card form: no WebView ({}); the form opens"
                        + " in the system browser", e.toString());
                model.webViewFailed();
                return;
            }
        }
        form.getChildren().setAll(web.node());
        web.show(html);
    }

    /** The first field the operator needs now. */
    public void focus() {
        Node target = switch (model.phase().get()) {
            case ENTRY -> model.needsCardNumber().get() ? cardNumber : model.needsGsmNumber().get() ? gsmNumber
                    : userReference;
            case SMS_CODE -> code;
            case FORM -> web != null ? web.node() : root;
            default -> root;
        };
        target.requestFocus();
    }

    public VBox root() {
        return root;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.getStyleClass().add("sale-input");
        return f;
    }

    private static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }
}

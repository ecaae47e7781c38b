package org.kassa.app.ui.mealcard;

import javafx.scene.Node;
import javafx.scene.web.WebView;

/**
 * The provider's form inside the window. The only class of the screen that names WebView: it is loaded only where
 * {@link WebViewSupport#usable()} said yes, so a runtime without {@code javafx.web} never touches it.
 */
final class WebForm {

    private final WebView web = new WebView();

    WebForm() {
        web.setId("mealCardWeb");
        web.setPrefSize(820, 360);
    }

    void show(String html) {
        web.getEngine().loadContent(html);
    }

    Node node() {
        return web;
    }
}

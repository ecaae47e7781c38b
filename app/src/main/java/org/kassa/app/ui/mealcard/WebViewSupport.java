package org.kassa.app.ui.mealcard;

/**
 * Whether this runtime can show the provider's form inside the window. The default bundle has no
 * {@code javafx.web} (it would break the bundle's size budget; decision 0148): there the form opens in the
 * system browser instead ({@link BrowserForm}).
 */
public final class WebViewSupport {

    private static final String WEB_VIEW = "javafx.scene.web.WebView";

    private WebViewSupport() {
    }

    /** Whether {@code javafx.web} is present in this runtime (the class is found; it is not initialised). */
    public static boolean usable() {
        return usable(WebViewSupport.class.getClassLoader());
    }

    /** Whether {@code loader} finds a loadable WebView class. */
    static boolean usable(ClassLoader loader) {
        try {
            Class.forName(WEB_VIEW, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}

package org.kassa.app.ui.shell;

import javafx.scene.Scene;

/** The two themes: light (default) and high contrast; all styling lives in these CSS files. */
public final class Themes {

    static final String BASE = "/org/kassa/app/ui/till.css";
    static final String LIGHT = "/org/kassa/app/ui/light.css";
    static final String CONTRAST = "/org/kassa/app/ui/contrast.css";

    private Themes() {
    }

    public static void apply(Scene scene, boolean highContrast) {
        scene.getStylesheets().setAll(url(BASE), url(highContrast ? CONTRAST : LIGHT));
    }

    static boolean isHighContrast(Scene scene) {
        return scene.getStylesheets().contains(url(CONTRAST));
    }

    private static String url(String resource) {
        return Themes.class.getResource(resource).toExternalForm();
    }
}

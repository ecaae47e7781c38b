package org.kassa.app.ui;

import javafx.application.Application;

/** Starts the JavaFX till; kept apart from {@code Main} so the CLI never loads JavaFX classes. */
public final class TillLauncher {

    private TillLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(TillApplication.class, args);
    }
}

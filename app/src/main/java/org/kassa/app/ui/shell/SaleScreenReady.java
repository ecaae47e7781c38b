package org.kassa.app.ui.shell;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one log line, {@value #MESSAGE}, the first time the operator can sell: the till is open, nothing covers
 * the sale (no shift card, no recovery list) and the sale input has the focus. Start-up benchmarks and the
 * Xvfb test wait for it (docs/performance.md, "Till window").
 */
final class SaleScreenReady implements InvalidationListener {

    static final String MESSAGE = "sale screen ready";
    private static final Logger LOG = LoggerFactory.getLogger(SaleScreenReady.class);

    private final Scene scene;
    private final OverlayHost overlay;
    private boolean announced;

    private SaleScreenReady(Scene scene, OverlayHost overlay) {
        this.scene = scene;
        this.overlay = overlay;
    }

    static void announceOnce(Scene scene, OverlayHost overlay) {
        SaleScreenReady ready = new SaleScreenReady(scene, overlay);
        scene.focusOwnerProperty().addListener(ready);
        overlay.layer().visibleProperty().addListener(ready);
        ready.invalidated(null);
    }

    @Override
    public void invalidated(Observable changed) {
        Node focused = scene.getFocusOwner();
        if (announced || overlay.showing() || focused == null || !"saleInput".equals(focused.getId())) {
            return;
        }
        announced = true;
        scene.focusOwnerProperty().removeListener(this);
        overlay.layer().visibleProperty().removeListener(this);
        // After the pulse that lays the screen out and draws it.
        Platform.runLater(() -> LOG.info("{} {} ms after the process started", MESSAGE, sinceStart()));
    }

    private static long sinceStart() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
    }
}

package org.kassa.app.ui.shell;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one log line, {@value #MESSAGE}, the first time the operator can sell: the till is open with a shift
 * (training needs none), nothing covers the sale (no shift card, no recovery list) and the sale input has the
 * focus. Start-up benchmarks and the
 * Xvfb test wait for it (docs/performance.md, "Till window").
 */
final class SaleScreenReady implements InvalidationListener {

    static final String MESSAGE = "sale screen ready";
    private static final Logger LOG = LoggerFactory.getLogger(SaleScreenReady.class);

    private final Scene scene;
    private final OverlayHost overlay;
    private final ObservableBooleanValue canSell;
    private boolean announced;

    private SaleScreenReady(Scene scene, OverlayHost overlay, ObservableBooleanValue canSell) {
        this.scene = scene;
        this.overlay = overlay;
        this.canSell = canSell;
    }

    /** @param canSell true once the till may sell (a shift is open, or training) */
    static void announceOnce(Scene scene, OverlayHost overlay, ObservableBooleanValue canSell) {
        SaleScreenReady ready = new SaleScreenReady(scene, overlay, canSell);
        scene.focusOwnerProperty().addListener(ready);
        overlay.layer().visibleProperty().addListener(ready);
        canSell.addListener(ready);
        ready.invalidated(null);
    }

    @Override
    public void invalidated(Observable changed) {
        Node focused = scene.getFocusOwner();
        if (announced || !canSell.get() || overlay.showing() || focused == null
                || !"saleInput".equals(focused.getId())) {
            return;
        }
        announced = true;
        scene.focusOwnerProperty().removeListener(this);
        overlay.layer().visibleProperty().removeListener(this);
        canSell.removeListener(this);
        // After the pulse that lays the screen out and draws it.
        // CPU time beside the wall time: on a shared machine the wall time says more about the neighbours.
        Platform.runLater(() -> LOG.info("{} {} ms after the process started (CPU {} ms)", MESSAGE, sinceStart(),
                ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L)));
    }

    static long sinceStart() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
    }
}

package org.kassa.app.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the TestFX journeys read off the real window: labels, the basket, whether a node is shown. */
final class WindowLookups {

    private final FxRobot robot;

    WindowLookups(FxRobot robot) {
        this.robot = robot;
    }

    @SuppressWarnings("unchecked")
    TableView<Object> basket() {
        return robot.lookup("#basket").queryAs(TableView.class);
    }

    String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Shown now: the node and all its parents visible, and in the scene. */
    boolean visible(String id) {
        var found = robot.lookup(id).tryQuery();
        if (found.isEmpty() || found.get().getScene() == null) {
            return false;
        }
        for (Node n = found.get(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    static void waitFor(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }
}

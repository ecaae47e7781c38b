package org.kassa.app.ui;

import javafx.scene.input.KeyCode;
import org.kassa.app.config.KassaSettings;
import org.kassa.app.till.TrainingCards;
import org.kassa.sandbox.Fault;
import org.kassa.sandbox.PaySandbox;

/**
 * The test-mode part of the screenshot tour (training opens its shift by itself): the open-shift card with the
 * user's login and PIN, then a checkout the sandbox answers with HTTP 500, so the till is in doubt and offers
 * the same request again (retry/cancel); once the sandbox is well, Enter pays.
 */
final class TestModeShots {

    private static final String MILK = "4601234000017";
    private static final String CHECKOUT = "/api/v1/merchant/checkout";

    private final ScreenCamera camera;
    private final KassaSettings settings;
    private final PaySandbox sandbox;
    private final TourKeys keys;

    TestModeShots(ScreenCamera camera, KassaSettings settings, PaySandbox sandbox) {
        this.camera = camera;
        this.settings = settings;
        this.sandbox = sandbox;
        this.keys = new TourKeys(camera);
    }

    void run() throws Exception {
        openShift();
        inDoubt();
    }

    private void openShift() throws Exception {
        camera.awaitFocus("shiftLogin", 10);
        keys.type("#shiftLogin", "olga");
        camera.focus("#shiftPin");
        keys.type("#shiftPin", "1234");
        camera.focus("#shiftCash");
        keys.type("#shiftCash", "5000");
        Thread.sleep(300);
        camera.shot("shift-open");
        keys.press(KeyCode.ENTER);
        camera.awaitHidden("#shiftView", 10);
    }

    private void inDoubt() throws Exception {
        sandbox.faults().next(CHECKOUT, Fault.HTTP_500, 10);
        keys.enter("#saleInput", MILK);
        keys.scan(new TrainingCards(settings.totp()).withSession());
        camera.awaitVisible("#payKoshelek", 10);
        keys.press(KeyCode.F12);
        camera.awaitVisible("#providerChoice", 5);
        keys.press(KeyCode.ENTER);
        camera.awaitVisible("#tipDialog", 30);
        Thread.sleep(500);
        camera.shot("tip-in-doubt");
        sandbox.faults().clear();
        keys.press(KeyCode.ENTER);
        camera.awaitVisible("#koshelekAccepted", 20);
    }
}

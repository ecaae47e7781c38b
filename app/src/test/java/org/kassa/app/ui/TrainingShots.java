package org.kassa.app.ui;

import java.time.Instant;
import javafx.scene.input.KeyCode;
import org.kassa.app.config.KassaSettings;
import org.kassa.app.till.TrainingStaff;
import org.kassa.till.sale.SaleStatus;

/**
 * The training-mode part of the screenshot tour, one method per screen, in the order an operator meets them:
 * a sale paid by Koshelek Pay, the progress, a decline with its tip and cash, help, reports, the supervisor's
 * refund, the meal-card screen, the settings with a refused value, the shift close with its Z report, and the
 * high-contrast theme.
 */
final class TrainingShots {

    private static final String MILK = "4601234000017";
    private static final String SALE = "#saleInput";
    private static final String CHOCOLATE = "4601234000079";   // n of them: the sandbox's data triggers

    private final ScreenCamera camera;
    private final KassaSettings settings;
    private final TourKeys keys;

    TrainingShots(ScreenCamera camera, KassaSettings settings) {
        this.camera = camera;
        this.settings = settings;
        this.keys = new TourKeys(camera);
    }

    void run() throws Exception {
        koshelekSale();
        koshelekProgress();
        declinedThenCash();
        help();
        reports();
        refund();
        mealCardSmsCode();
        mealCardQrCode();
        settingsRefuseAValue();
        shiftClose();
        highContrast();
    }

    private void koshelekSale() throws Exception {
        keys.enter(SALE, MILK);
        keys.enter(SALE, "2*4601234000024");
        keys.enter(SALE, "0,742*2001000000005");
        keys.scan(card());
        Thread.sleep(1500);
        camera.shot("sale-screen");
        keys.press(KeyCode.F12);
        Thread.sleep(500);
        camera.shot("koshelek-provider");
        keys.press(KeyCode.ENTER);
        camera.awaitVisible("#koshelekAccepted", 20);
        Thread.sleep(800);
        camera.shot("koshelek-accepted");
        keys.press(KeyCode.ENTER);
    }

    /** 98 chocolates stay pending: the progress view; then the payment and the sale are cancelled. */
    private void koshelekProgress() throws Exception {
        keys.enter(SALE, "98*" + CHOCOLATE);
        keys.scan(card());
        Thread.sleep(800);
        keys.press(KeyCode.F12);
        keys.press(KeyCode.ENTER);
        Thread.sleep(7_300);
        camera.shot("koshelek-progress");
        keys.press(KeyCode.ESCAPE);
        camera.awaitHidden("#koshelekProgress", 20);
        keys.press(KeyCode.ESCAPE);
        keys.press(KeyCode.ENTER);
    }

    /** 99 chocolates are declined: the tip dialog, then the sale paid in cash. */
    private void declinedThenCash() throws Exception {
        keys.enter(SALE, "99*" + CHOCOLATE);
        keys.scan(card());
        Thread.sleep(800);
        keys.press(KeyCode.F12);
        keys.press(KeyCode.ENTER);
        camera.awaitVisible("#tipDialog", 20);
        Thread.sleep(500);
        camera.shot("tip-dialog");
        keys.press(KeyCode.ENTER);
        keys.type("#cashGiven", "10000");
        Thread.sleep(500);
        camera.shot("cash-view");
        keys.press(KeyCode.ENTER);
        camera.awaitHidden("#cashView", 10);
    }

    private void help() throws Exception {
        keys.press(KeyCode.F1);
        camera.awaitVisible("#helpView", 5);
        Thread.sleep(300);
        camera.shot("help");
        keys.press(KeyCode.ESCAPE);
        camera.awaitHidden("#helpView", 5);
    }

    /** The X report of the shift so far. */
    private void reports() throws Exception {
        keys.press(KeyCode.F5);
        camera.awaitVisible("#reportsView", 10);
        Thread.sleep(1000);
        camera.shot("reports");
        keys.press(KeyCode.ESCAPE);
        camera.awaitHidden("#reportsView", 5);
    }

    /** F2, the supervisor, the first sale's slip QR scanned, milk and one bread ticked, refunded. */
    private void refund() throws Exception {
        var sale = camera.window().runtime().store().sales().list(Instant.EPOCH, SaleStatus.PAID).get(0);
        String transaction = camera.window().runtime().store().payments().forSale(sale.id()).get(0).transactionId();
        keys.press(KeyCode.F2);
        camera.awaitFocus("approvalLogin", 5);
        keys.enter("#approvalLogin", TrainingStaff.SUPERVISOR);
        camera.awaitFocus("approvalPin", 5);
        keys.type("#approvalPin", TrainingStaff.PIN.substring(0, 3));
        Thread.sleep(300);
        camera.shot("supervisor-approval");
        keys.enter("#approvalPin", TrainingStaff.PIN);
        camera.awaitFocus("refundQuery", 10);

        keys.scan(transaction);
        camera.awaitFocus("refundQty1", 10);
        keys.typeRaw(" ");                                   // milk
        camera.focus("#refundQty2");
        keys.typeRaw(" ");                                   // bread: one of the two
        keys.type("#refundQty2", "1");
        camera.awaitText("#refundAmount", "144,40", 5);
        Thread.sleep(300);
        camera.shot("refund-lines");
        keys.press(KeyCode.ENTER);
        camera.awaitVisible("#refundDone", 30);
        Thread.sleep(500);
        camera.shot("refund-accepted");
        keys.press(KeyCode.ENTER);
        camera.awaitHidden("#refundDone", 5);
    }

    /** METROPOL (the default type): card and phone, then the SMS code field; the code completes it. */
    private void mealCardSmsCode() throws Exception {
        keys.press(KeyCode.F8);
        camera.awaitVisible("#mealCardView", 5);
        keys.type("#mealCardNumber", "9792030000000011");
        keys.press(KeyCode.TAB);
        keys.enter("#mealCardGsm", "905551112233");
        camera.awaitFocus("mealCardCode", 10);
        keys.type("#mealCardCode", "123");
        Thread.sleep(300);
        camera.shot("mealcard-sms-code");
        keys.enter("#mealCardCode", "123456");
        camera.awaitText("#mealCardStatus", "9792********0011", 10);
        keys.press(KeyCode.ESCAPE);
        camera.awaitHidden("#mealCardView", 5);
    }

    /** SODEXO: the provider's page as a QR code for the customer's phone. */
    private void mealCardQrCode() throws Exception {
        keys.press(KeyCode.F8);
        camera.awaitVisible("#mealCardView", 5);
        for (int i = 0; i < 3; i++) {
            keys.press(KeyCode.PAGE_UP);
        }
        keys.press(KeyCode.ENTER);
        camera.awaitVisible("#mealCardQr", 10);
        Thread.sleep(500);
        camera.shot("mealcard-qr");
        keys.press(KeyCode.ESCAPE);
        keys.press(KeyCode.ESCAPE);
        camera.awaitHidden("#mealCardView", 5);
    }

    /** The TOTP interval typed as "abc": Kassa's own message under the field. */
    private void settingsRefuseAValue() throws Exception {
        keys.press(KeyCode.F7);
        camera.awaitVisible("#settingsView", 5);
        camera.focus("#setting-totp_interval");
        keys.enter("#setting-totp_interval", "abc");
        camera.awaitText("#setting-totp_interval-problem", "totp.interval", 10);
        Thread.sleep(500);
        camera.shot("settings-validation");
        keys.press(KeyCode.ESCAPE);
        camera.awaitHidden("#settingsView", 5);
    }

    /** Ctrl+F5: the drawer counted (what the till expects), the supervisor, the Z report. */
    private void shiftClose() throws Exception {
        long inDrawer = camera.window().runtime().shifts().x().cashInDrawer();
        keys.pressWithControl(KeyCode.F5);
        camera.awaitFocus("closeCounted", 5);
        keys.enter("#closeCounted", inDrawer / 100 + "," + String.format("%02d", inDrawer % 100));
        camera.awaitFocus("approvalLogin", 5);
        keys.enter("#approvalLogin", TrainingStaff.SUPERVISOR);
        camera.awaitFocus("approvalPin", 5);
        keys.enter("#approvalPin", TrainingStaff.PIN);
        camera.awaitVisible("#zReportView", 15);
        Thread.sleep(800);
        camera.shot("shift-close-z-report");
        keys.press(KeyCode.ENTER);
        camera.awaitHidden("#zReportView", 5);
    }

    private void highContrast() throws Exception {
        keys.press(KeyCode.F9);
        keys.enter(SALE, MILK);
        keys.scan(new org.kassa.app.till.TrainingCards(settings.totp()).withoutSession());
        Thread.sleep(1000);
        camera.shot("sale-screen-high-contrast");
    }

    private String card() {
        return TrainingTill.cardWithSession(settings);
    }
}

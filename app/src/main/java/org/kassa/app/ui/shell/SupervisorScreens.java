package org.kassa.app.ui.shell;

import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.kassa.app.till.TillRuntime;
import org.kassa.app.ui.core.I18n;
import org.kassa.app.ui.core.Jobs;
import org.kassa.app.ui.report.PaperText;
import org.kassa.app.ui.refund.RefundView;
import org.kassa.app.ui.refund.RefundViewModel;
import org.kassa.app.ui.refund.RefundViewModel.Phase;
import org.kassa.app.ui.sale.SaleViewModel;
import org.kassa.app.ui.shift.ShiftCloseView;
import org.kassa.app.ui.shift.ShiftCloseViewModel;
import org.kassa.app.ui.shift.ShiftViewModel;
import org.kassa.app.ui.staff.ApprovalView;
import org.kassa.app.ui.staff.ApprovalViewModel;
import org.kassa.printer.PrinterException;

/**
 * The screens a supervisor comes over for: the approval dialog, the refund (F2) and closing the shift
 * (Ctrl+F5; F5 is the reports). Decides which of them shows, routes their keys and the scans they take.
 */
final class SupervisorScreens {

    /** Long enough for a Koshelek refund to be polled to its final status (as {@code kassa refund}). */
    static final Duration REFUND_WAIT = Duration.ofSeconds(75);

    /** The view models, made with the till in the background. */
    record Models(ApprovalViewModel approvals, RefundViewModel refund, ShiftCloseViewModel close, boolean training) {

        static Models of(TillRuntime runtime, Jobs jobs) {
            ApprovalViewModel approvals = new ApprovalViewModel(runtime.staff(), jobs);
            var profile = runtime.till().setup().printer().profile();
            ShiftCloseViewModel close = new ShiftCloseViewModel(runtime.till(), runtime.shifts(), approvals, z -> {
                String text = PaperText.of(runtime.reportPrint().of(z).bytes(), profile);
                try {
                    runtime.printReport(z);
                    return new ShiftCloseViewModel.Printed(text, true);
                } catch (PrinterException e) {
                    return new ShiftCloseViewModel.Printed(text, false);
                }
            }, jobs);
            return new Models(approvals, new RefundViewModel(runtime.refunds(), runtime.store(), jobs, REFUND_WAIT),
                    close, runtime.settings().training());
        }
    }

    private final Models models;
    private final ApprovalView approvalView;
    private final RefundView refundView;
    private final ShiftCloseView closeView;

    SupervisorScreens(Models models, I18n i18n) {
        this.models = models;
        this.approvalView = new ApprovalView(models.approvals(), i18n);
        this.refundView = new RefundView(models.refund(), i18n);
        this.closeView = new ShiftCloseView(models.close(), i18n);
    }

    /**
     * @param changed  redraws the overlay
     * @param sale     refreshed after the close in training (the next sale opens the next training shift)
     * @param shift    checked after the close: outside training it asks for the next shift
     */
    void attach(Runnable changed, SaleViewModel sale, ShiftViewModel shift) {
        models.approvals().open().addListener((o, was, now) -> changed.run());
        models.refund().phase().addListener((o, was, now) -> changed.run());
        models.close().phase().addListener((o, was, now) -> {
            if (was == ShiftCloseViewModel.Phase.REPORT && now == ShiftCloseViewModel.Phase.CLOSED) {
                if (models.training()) {
                    sale.refresh();
                }
                shift.check();
            }
            changed.run();
        });
    }

    /** The card to show over the sale, or null. */
    Node current() {
        if (models.approvals().open().get()) {
            return approvalView.root();
        }
        Node refund = refundView.current();
        return refund != null ? refund : closeView.current();
    }

    void focus() {
        if (models.approvals().open().get()) {
            approvalView.field().requestFocus();
        } else if (refundView.current() != null) {
            refundView.focus();
        } else {
            closeView.focus();
        }
    }

    /** F2 refund and Ctrl+F5 close the shift, from the sale. */
    /** The refund key (ui.key.refund): a supervisor approves, then the refund screen opens. */
    void refund() {
        models.approvals().ask("refund", null).thenAccept(models.refund()::open);
    }

    boolean saleKey(KeyEvent e) {
        if (e.getCode() == KeyCode.F5 && e.isControlDown()) {
            models.close().start();
            return true;
        }
        return false;
    }

    /** Keys while one of these screens shows; false lets the key reach the focused field. */
    boolean key(KeyCode key) {
        if (models.approvals().open().get()) {
            if (key == KeyCode.ESCAPE) {
                models.approvals().cancel();
                return true;
            }
            return false;
        }
        RefundViewModel refund = models.refund();
        if (refund.phase().get() != Phase.CLOSED) {
            return refundKey(refund, key);
        }
        ShiftCloseViewModel close = models.close();
        return switch (close.phase().get()) {
            case COUNTING -> escape(key, close::escape);
            case CLOSING -> true;
            case REPORT -> key == KeyCode.ENTER ? escape(KeyCode.ESCAPE, close::escape) : escape(key, close::escape);
            default -> false;
        };
    }

    private static boolean refundKey(RefundViewModel refund, KeyCode key) {
        switch (refund.phase().get()) {
            case CHOOSING -> {
                switch (key) {
                    case UP -> refund.select(-1);
                    case DOWN -> refund.select(1);
                    case ENTER -> refund.confirm();
                    case ESCAPE -> refund.escape();
                    default -> {
                        return false;
                    }
                }
                return true;
            }
            case FINDING -> {
                return escape(key, refund::escape);
            }
            case DONE, FAILED -> {
                if (key == KeyCode.ENTER || key == KeyCode.ESCAPE) {
                    refund.close();
                }
                return true;
            }
            default -> {
                return escape(key, refund::escape);
            }
        }
    }

    private static boolean escape(KeyCode key, Runnable action) {
        if (key == KeyCode.ESCAPE) {
            action.run();
            return true;
        }
        return false;
    }

    boolean open() {
        return current() != null;
    }

    /** A scan: a supervisor card while the approval asks, a slip QR while the refund looks for the sale. */
    boolean scanned(String code) {
        if (models.approvals().open().get()) {
            models.approvals().cardScanned(code);
            return true;
        }
        Phase phase = models.refund().phase().get();
        if (phase == Phase.FINDING || phase == Phase.CHOOSING) {
            models.refund().scanned(code);
            return true;
        }
        return false;
    }
}

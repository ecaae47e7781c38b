package org.kassa.app.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import org.kassa.app.ui.core.I18n;
import org.kassa.app.ui.core.KeyMap;
import org.kassa.app.ui.mealcard.MealCardView;
import org.kassa.app.ui.mealcard.MealCardViewModel;
import org.kassa.app.ui.settings.SettingsScreen;
import org.kassa.app.ui.core.Jobs;
import org.kassa.app.ui.core.UiMessage;
import org.kassa.app.ui.pay.CashView;
import org.kassa.app.ui.pay.CashViewModel;
import org.kassa.app.ui.pay.KoshelekView;
import org.kassa.app.ui.pay.KoshelekViewModel;
import org.kassa.app.ui.pay.KoshelekViewModel.Phase;
import org.kassa.app.ui.report.ReportsView;
import org.kassa.app.ui.report.ReportsViewModel;
import org.kassa.app.ui.sale.SaleView;
import org.kassa.app.ui.shift.ShiftView;
import org.kassa.app.ui.shift.ShiftViewModel;
import org.kassa.app.ui.sale.SaleViewModel;
import org.kassa.scanner.wedge.KeyboardWedgeSource;
import org.kassa.scanner.wedge.WedgeSettings;
import org.kassa.till.Till;

/**
 * The till's working screen: creates the view models and views, connects them to the till through
 * {@link FxEvents}, and decides which single overlay shows over the sale. Keys are routed by {@link ScreenKeys}.
 */
final class TillScreen implements AutoCloseable {

    final SaleViewModel sale;
    final KoshelekViewModel koshelek;
    final CashViewModel cash;
    final ShiftViewModel shift;
    final SupervisorScreens supervisor;
    final ReportsViewModel reports;
    final ReportsView reportsView;
    final SaleView saleView;
    final KeyMap keyMap;
    final MealCardViewModel mealCard;
    final SettingsScreen settings;
    private final MealCardView mealCardView;
    final I18n i18n;
    private final ShellView shell;
    private final KoshelekView koshelekView;
    private final CashView cashView;
    private final ShiftView shiftView;
    private final ObjectProperty<Node> info = new SimpleObjectProperty<>();
    private final KeyboardWedgeSource wedge;
    private final WedgeKeys wedgeKeys;
    private final ScreenKeys keys;
    private final Scene scene;

    TillScreen(ShellView shell, Scene scene, Till till, WedgeSettings wedgeSettings,
               java.util.function.Supplier<java.awt.image.BufferedImage> slipPreview, I18n i18n, Jobs jobs,
               ShiftViewModel shift, SupervisorScreens supervisor, KeyMap keyMap,
               MealCardViewModel mealCard, SettingsScreen settings, ReportsViewModel reports) {
        this.shell = shell;
        this.scene = scene;
        this.i18n = i18n;
        this.sale = new SaleViewModel(till, jobs);
        this.koshelek = new KoshelekViewModel(till, jobs, System::nanoTime, slipPreview);
        this.cash = new CashViewModel(till, jobs);
        this.saleView = new SaleView(sale, i18n);
        this.koshelekView = new KoshelekView(koshelek, i18n);
        this.cashView = new CashView(cash, i18n);
        this.shift = shift;
        this.shiftView = new ShiftView(shift, i18n);
        this.supervisor = supervisor;
        supervisor.attach(this::updateOverlay, sale, shift);
        this.keyMap = keyMap;
        this.mealCard = mealCard;
        this.mealCardView = new MealCardView(mealCard, i18n);
        this.settings = settings;
        saleView.showKeys(keyMap, i18n);
        mealCard.showing().addListener((o, was, now) -> updateOverlay());
        settings.showingProperty().addListener((o, was, now) -> updateOverlay());
        this.reports = reports;
        this.reportsView = new ReportsView(reports, i18n);
        shell.setScreen(saleView.root());
        FxEvents events = new FxEvents(jobs, sale::show, koshelek::paymentChanged, this::scanned);
        till.addListener(events);
        wedge = new KeyboardWedgeSource("keyboard", wedgeSettings);
        wedge.addListener(events);
        wedge.runIdleChecksOn(javafx.application.Platform::runLater);   // after the keys queued on the FX thread
        wedge.start();
        wedgeKeys = new WedgeKeys(wedge, scene);
        wedgeKeys.install();
        keys = new ScreenKeys(this);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        wireButtons();
        koshelek.phase().addListener((o, was, now) -> phaseChanged(now));
        cash.open().addListener((o, was, now) -> updateOverlay());
        cash.paid().addListener((o, was, now) -> {
            if (now != null) {
                sale.tell(UiMessage.ui("cash.paid", i18n.money(now.change())), false);
                sale.refresh();
            }
        });
        info.addListener((o, was, now) -> updateOverlay());
        reports.showing().addListener((o, was, now) -> updateOverlay());
        shift.needed().addListener((o, was, now) -> {
            updateOverlay();
            if (was && !now && shift.shift().get() != null) {
                sale.refresh();     // the first sale of the new shift
                sale.tell(UiMessage.ui("shift.opened", shift.shift().get().number()), false);
            }
        });
        sale.refresh();
        updateOverlay();
    }

    private void wireButtons() {
        saleView.koshelekButton().setOnAction(e -> payKoshelek());
        saleView.cashButton().setOnAction(e -> payCash());
        saleView.cancelButton().setOnAction(e -> askCancel());
        saleView.voidButton().setOnAction(e -> sale.voidSelected());
        saleView.helpButton().setOnAction(e -> showInfo(InfoViews.help(i18n, keyMap)));
    }

    private void phaseChanged(Phase now) {
        if (now == Phase.FAILED && koshelek.cancelledByOperator()) {
            sale.tell(UiMessage.till("payment.CANCELED"), false);
            koshelek.close();
            return;
        }
        if (now == Phase.IDLE && koshelek.record().get() != null && koshelek.record().get().paid()) {
            sale.tell(UiMessage.till("payment.ACCEPTED"), false);
            sale.refresh();
        }
        updateOverlay();
    }

    void updateOverlay() {
        Node card = info.get() != null ? info.get() : shift.needed().get() ? shiftView.root()
                : supervisor.open() ? supervisor.current()
                : mealCard.showing().get() ? mealCardView.root() : settings.showing() ? settings.root()
                : reports.showing().get() ? reportsView.root()
                : koshelekView.current() != null ? koshelekView.current() : cash.open().get() ? cashView.root() : null;
        shell.overlay().show(card);
        if (card == cashView.root()) {
            cashView.field().requestFocus();
        } else if (card == shiftView.root()) {
            shiftView.field().requestFocus();
        } else if (card == supervisor.current()) {
            supervisor.focus();
        } else if (card == mealCardView.root()) {
            mealCardView.focus();
        } else if (card == settings.root()) {
            settings.focus();
        } else if (card == reportsView.root()) {
            reportsView.field().requestFocus();
        } else if (card == null) {
            saleView.input().requestFocus();
        } else {
            card.requestFocus();
        }
    }

    void payKoshelek() {
        if (sale.koshelekOffered().get()) {
            koshelek.offer();
        } else {
            sale.tell(UiMessage.till("sale.koshelek.noSession"), true);
        }
    }

    void payCash() {
        if (sale.hasLines().get() && sale.sale().get() != null) {
            cash.open(sale.sale().get().totals().total());
        }
    }

    /** A configured key's action on the sale screen ({@code ui.key.*}); false when this screen has none for it. */
    boolean act(String action) {
        switch (action) {
            case "koshelek" -> payKoshelek();
            case "cash" -> payCash();
            case "refund" -> supervisor.refund();
            case "reports" -> reports.open();
            case "help" -> showInfo(InfoViews.help(i18n, keyMap));
            case "mealcard" -> openMealCard();
            case "settings" -> settings.open();
            default -> {
                return false;
            }
        }
        return true;
    }

    private void openMealCard() {
        if (mealCard.available()) {
            mealCard.open();
        } else {
            sale.tell(UiMessage.ui("mealcard.off"), true);
        }
    }

    void askCancel() {
        if (sale.hasLines().get()) {
            showInfo(InfoViews.confirmCancel(i18n));
        }
    }

    void showInfo(Node card) {
        info.set(card);
    }

    Node info() {
        return info.get();
    }

    void closeInfo() {
        info.set(null);
    }

    Scene scene() {
        return scene;
    }

    /** A scan from the wedge: a new sale after an accepted payment; ignored while another step is open. */
    private void scanned(String code) {
        if (info.get() == null && supervisor.scanned(code)) {
            return;     // a supervisor card or a refund slip's QR
        }
        if (koshelek.phase().get() == Phase.ACCEPTED) {
            koshelek.close();
        }
        if (shell.overlay().showing()) {
            sale.tell(UiMessage.ui("scan.ignored"), true);
            return;
        }
        sale.scanned(code);
    }

    @Override
    public void close() {
        mealCard.dispose();
        settings.close();
        wedgeKeys.remove();
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        wedge.stop();
    }
}

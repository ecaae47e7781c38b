package org.kassa.app.ui.shell;

import javafx.event.EventHandler;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.kassa.app.ui.mealcard.MealCardKeys;
import org.kassa.app.ui.pay.KoshelekViewModel.Phase;

/**
 * The till's keys (UI.md): the configured ones ({@code ui.key.*}: Koshelek Pay, cash, refund, help, meal card,
 * settings, reports…, looked up in the {@link org.kassa.app.ui.core.KeyMap}), Esc back/cancel, Del void, ↑↓ select, F9 theme,
 * F10 language, Ctrl+F5 close the shift ({@link SupervisorScreens}). The open overlay gets the keys first; typing
 * keys reach the focused field unchanged.
 */
final class ScreenKeys implements EventHandler<KeyEvent> {

    private final TillScreen screen;

    ScreenKeys(TillScreen screen) {
        this.screen = screen;
    }

    @Override
    public void handle(KeyEvent e) {
        if (e.isConsumed()) {
            return;     // taken by the wedge filter (part of a scan)
        }
        KeyCode key = e.getCode();
        boolean handled;
        if (key == KeyCode.F10) {
            screen.i18n.toggle();
            handled = true;
        } else if (key == KeyCode.F9) {
            Themes.apply(screen.scene(), !Themes.isHighContrast(screen.scene()));
            handled = true;
        } else if (screen.info() != null) {
            handled = infoKey(key);
        } else if (screen.shift.needed().get()) {
            handled = false;    // the shift card's fields take the keys; Enter opens the shift
        } else if (screen.supervisor.open()) {
            handled = screen.supervisor.key(key);
        } else if (screen.mealCard.showing().get()) {
            handled = MealCardKeys.handle(key, screen.mealCard);
        } else if (screen.settings.showing()) {
            handled = screen.settings.key(key);
        } else if (screen.reports.showing().get()) {
            handled = screen.reportsView.key(key);
        } else if (screen.koshelek.phase().get() != Phase.IDLE) {
            handled = koshelekKey(key);
        } else if (screen.cash.open().get()) {
            handled = key == KeyCode.ESCAPE;
            if (handled) {
                screen.cash.close();
            }
        } else {
            handled = screen.supervisor.saleKey(e) || saleKey(key);
        }
        if (handled) {
            e.consume();
        }
    }

    private boolean infoKey(KeyCode key) {
        if (key == KeyCode.ENTER && "confirmCancel".equals(screen.info().getId())) {
            screen.closeInfo();
            screen.sale.cancelSale();
            return true;
        }
        if (key == KeyCode.ESCAPE || key == KeyCode.ENTER || screen.keyMap.is(key, "help")) {
            screen.closeInfo();
            return true;
        }
        return true;
    }

    private boolean koshelekKey(KeyCode key) {
        var pay = screen.koshelek;
        switch (pay.phase().get()) {
            case CHOOSING -> {
                switch (key) {
                    case LEFT, UP -> pay.choose(pay.choice().get() - 1);
                    case RIGHT, DOWN -> pay.choose(pay.choice().get() + 1);
                    case DIGIT1, NUMPAD1 -> pay.choose(0);
                    case DIGIT2, NUMPAD2 -> pay.choose(1);
                    case ENTER -> pay.confirm();
                    case ESCAPE -> pay.escape();
                    default -> { }
                }
            }
            case FAILED -> {
                if (key == KeyCode.ENTER || screen.keyMap.is(key, "cash")) {
                    pay.close();
                    screen.payCash();
                } else if (key == KeyCode.ESCAPE) {
                    pay.close();
                }
            }
            case IN_DOUBT -> {
                if (key == KeyCode.ENTER) {
                    pay.retry();
                } else if (key == KeyCode.ESCAPE) {
                    pay.escape();
                }
            }
            case ACCEPTED -> {
                if (key == KeyCode.ENTER || key == KeyCode.ESCAPE) {
                    pay.close();
                }
            }
            default -> {
                if (key == KeyCode.ESCAPE) {
                    pay.escape();
                }
            }
        }
        return true;
    }

    private boolean saleKey(KeyCode key) {
        var sale = screen.sale;
        boolean inputEmpty = sale.input().get() == null || sale.input().get().isEmpty();
        var action = screen.keyMap.action(key);
        if (action.isPresent()) {
            return screen.act(action.get());
        }
        switch (key) {
            case UP -> sale.select(-1);
            case DOWN -> sale.select(1);
            case ESCAPE -> {
                if (inputEmpty) {
                    screen.askCancel();
                } else {
                    sale.input().set("");
                }
            }
            case DELETE -> {
                if (!inputEmpty) {
                    return false;
                }
                sale.voidSelected();
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}

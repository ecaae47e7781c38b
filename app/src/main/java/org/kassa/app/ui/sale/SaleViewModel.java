package org.kassa.app.ui.sale;

import java.math.BigDecimal;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kassa.app.ui.core.Jobs;
import org.kassa.app.ui.core.Problems;
import org.kassa.app.ui.core.UiMessage;
import org.kassa.till.Till;
import org.kassa.till.loyalty.ScanOutcome;

/**
 * The sale screen's state and the operator's actions on it. Holds no rules: every action is a till call in the
 * background; the screen changes when the till announces the sale ({@link #show(SaleSnapshot)}).
 */
public final class SaleViewModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SaleViewModel.class);

    private final Till till;
    private final Jobs jobs;
    private final ObservableList<LineRow> lines = FXCollections.observableArrayList();
    private final StringProperty input = new SimpleStringProperty("");
    private final ObjectProperty<SaleSnapshot> sale = new SimpleObjectProperty<>();
    private final ObjectProperty<CardBanner> banner = new SimpleObjectProperty<>();
    private final ObjectProperty<UiMessage> message = new SimpleObjectProperty<>();
    private final BooleanProperty problem = new SimpleBooleanProperty();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    /** Held here: bindings listen weakly, so one made per call could be collected while a view observes it. */
    private final BooleanBinding hasLines = Bindings.isNotEmpty(lines);
    private final BooleanBinding koshelekOffered = Bindings.createBooleanBinding(() -> sale.get() != null
            && sale.get().koshelekOffered() && !lines.isEmpty(), sale, lines);

    public SaleViewModel(Till till, Jobs jobs) {
        this.till = till;
        this.jobs = jobs;
    }

    /** The till announced the sale (any thread's change, delivered on the UI thread). */
    public void show(SaleSnapshot snapshot) {
        SaleSnapshot before = sale.get();
        if (before != null && !before.orderId().equals(snapshot.orderId())) {
            banner.set(null);
        }
        sale.set(snapshot);
        var active = snapshot.activeLines();
        lines.setAll(java.util.stream.IntStream.range(0, active.size())
                .mapToObj(i -> new LineRow(i + 1, active.get(i))).toList());
        if (lines.isEmpty()) {
            selected.set(-1);
        } else if (selected.get() < 0 || selected.get() >= lines.size() || grew(before, snapshot)) {
            selected.set(lines.size() - 1);
        }
    }

    /** Opens (or shows) the current sale; at start and after a paid sale. */
    public void refresh() {
        jobs.run(() -> SaleSnapshot.of(till.sale()), this::show, this::failed);
    }

    /** Enter in the input field: {@code code} adds by barcode/article or reads a card; {@code qty*code} a quantity. */
    public void enter() {
        String typed = input.get() == null ? "" : input.get().strip();
        input.set("");
        if (typed.isEmpty()) {
            return;
        }
        int star = typed.indexOf('*');
        if (star > 0) {
            String qty = typed.substring(0, star).replace(',', '.');
            String code = typed.substring(star + 1).strip();
            jobs.run(() -> till.addItem(code, new BigDecimal(qty)),
                    line -> tell(UiMessage.till("scan.PRODUCT_ADDED", line.name()), false), this::failed);
        } else {
            scanned(typed);
        }
    }

    /** A code from a scanner, or typed: a product, a loyalty card, or something to tell the operator. */
    public void scanned(String code) {
        jobs.run(() -> till.scan(code), outcome -> outcome(outcome, code), this::failed);
    }

    public void voidSelected() {
        int index = selected.get();
        if (index < 0 || index >= lines.size()) {
            return;
        }
        int lineNo = lines.get(index).line().lineNo();
        jobs.run(() -> till.voidLine(lineNo), l -> tell(UiMessage.ui("sale.voided", l.name()), false), this::failed);
    }

    public void cancelSale() {
        jobs.run(() -> {
            till.cancelSale();
            return SaleSnapshot.of(till.sale());
        }, s -> {
            show(s);
            tell(UiMessage.ui("sale.cancelled"), false);
        }, this::failed);
    }

    public void select(int delta) {
        if (!lines.isEmpty()) {
            selected.set(Math.max(0, Math.min(lines.size() - 1, selected.get() + delta)));
        }
    }

    public void tell(UiMessage text, boolean isProblem) {
        message.set(text);
        problem.set(isProblem);
    }

    private void outcome(ScanOutcome outcome, String code) {
        CardBanner card = CardBanner.of(outcome, code);
        if (card != null) {
            banner.set(card);
        }
        boolean bad = outcome.kind() == ScanOutcome.Kind.UNKNOWN_CODE || outcome.kind() == ScanOutcome.Kind.CARD_REFUSED;
        String subject = switch (outcome.kind()) {
            case PRODUCT_ADDED -> outcome.line().name();
            case CARD_REFUSED -> String.valueOf(outcome.reason());
            case UNKNOWN_CODE -> code;
            default -> outcome.card().masked();
        };
        tell(UiMessage.till("scan." + outcome.kind().name(), subject), bad);
        // One line per scan for support (and the Xvfb test): the kind, never the code (a card's password).
        LOG.info("scan: {}", outcome.kind());
    }

    private void failed(Throwable e) {
        tell(Problems.describe(e), true);
    }

    private static boolean grew(SaleSnapshot before, SaleSnapshot now) {
        return before == null || now.activeLines().size() > before.activeLines().size();
    }

    /** Lines can be paid: at least one active line. */
    public BooleanBinding hasLines() {
        return hasLines;
    }

    /** Koshelek Pay is offered: a card with a session is attached and there is something to pay. */
    public BooleanBinding koshelekOffered() {
        return koshelekOffered;
    }

    public ObservableList<LineRow> lines() {
        return lines;
    }

    public StringProperty input() {
        return input;
    }

    public ObjectProperty<SaleSnapshot> sale() {
        return sale;
    }

    public ObjectProperty<CardBanner> banner() {
        return banner;
    }

    public ObjectProperty<UiMessage> message() {
        return message;
    }

    public BooleanProperty problem() {
        return problem;
    }

    public IntegerProperty selected() {
        return selected;
    }
}

package org.kassa.app.ui.mealcard;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kassa.app.till.MealCardDesk;
import org.kassa.app.ui.core.Jobs;
import org.kassa.payclient.craftgate.AdditionalAction.Known;
import org.kassa.payclient.craftgate.ApmType;
import org.kassa.payclient.craftgate.CraftgateException;
import org.kassa.payclient.craftgate.TokenizationStep;
import org.kassa.till.store.MealCardRow;

/**
 * Registering a meal voucher card (F8): the APM type and the fields it needs, then what Craftgate asks for (the
 * provider's form, a page for the customer's phone as a QR code, or the METROPOL SMS code), and the outcome only
 * when the desk reports it (a verified callback, or the answer to the till's own complete call). Where the runtime
 * has no WebView the form is saved and opened in the system browser instead (phase BROWSER, decision 0148).
 */
public final class MealCardViewModel {

    /** Where the registration is. */
    public enum Phase { ENTRY, BUSY, FORM, BROWSER, PHONE, SMS_CODE, WAITING, STORED, FAILED }

    private final Optional<MealCardDesk> desk;
    private final Jobs jobs;
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.ENTRY);
    private final ObjectProperty<ApmType> apmType = new SimpleObjectProperty<>(ApmType.METROPOL);
    private final StringProperty cardNumber = new SimpleStringProperty("");
    private final StringProperty gsmNumber = new SimpleStringProperty("");
    private final StringProperty userReference = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty html = new SimpleStringProperty();
    private final StringProperty redirectUrl = new SimpleStringProperty();
    private final ObjectProperty<MealCardRow> result = new SimpleObjectProperty<>();
    private final ObjectProperty<CraftgateException> problem = new SimpleObjectProperty<>();
    private final StringProperty unexpected = new SimpleStringProperty();
    private final BooleanBinding needsCardNumber;
    private final BooleanBinding needsGsmNumber;
    private final StringProperty formFile = new SimpleStringProperty();
    private final BooleanProperty browserStarted = new SimpleBooleanProperty();
    private final BrowserForm browserForm;
    private final Consumer<MealCardRow> outcomes;
    private boolean formInWindow;
    private Phase beforeBusy = Phase.ENTRY;
    private String sessionId;

    /**
     * @param formInWindow whether the provider's form can be shown in the window ({@link WebViewSupport#usable()})
     * @param browserForm  where the form goes otherwise
     */
    public MealCardViewModel(Optional<MealCardDesk> desk, Jobs jobs, boolean formInWindow, BrowserForm browserForm) {
        this.desk = desk;
        this.jobs = jobs;
        this.formInWindow = formInWindow;
        this.browserForm = browserForm;
        this.needsCardNumber = Bindings.createBooleanBinding(() -> apmType.get().needsCardNumber(), apmType);
        this.needsGsmNumber = Bindings.createBooleanBinding(() -> apmType.get().needsGsmNumber(), apmType);
        this.outcomes = row -> jobs.ui(() -> outcome(row));
        desk.ifPresent(d -> d.addListener(outcomes));
    }

    /** The window's screen: the form in a WebView where this runtime has one, else in the system browser. */
    public static MealCardViewModel forWindow(Optional<MealCardDesk> desk, Jobs jobs, Path dataDir) {
        return new MealCardViewModel(desk, jobs, WebViewSupport.usable(), BrowserForm.inDataFolder(dataDir));
    }

    /** Whether meal cards are on (always in training; outside it, {@code mealcard.enabled}). */
    public boolean available() {
        return desk.isPresent();
    }

    public void open() {
        sessionId = null;
        cardNumber.set("");
        gsmNumber.set("");
        userReference.set("");
        clearStep();
        phase.set(Phase.ENTRY);
        open.set(true);
    }

    /** ← → (PgUp/PgDn) through the six types while the details are typed. */
    public void chooseType(int delta) {
        if (phase.get() != Phase.ENTRY) {
            return;
        }
        ApmType[] all = ApmType.values();
        apmType.set(all[Math.floorMod(apmType.get().ordinal() + delta, all.length)]);
    }

    /** Enter: starts the session, or sends the SMS code. */
    public void enter() {
        switch (phase.get()) {
            case ENTRY, FAILED -> start();
            case SMS_CODE -> sendCode();
            case BROWSER -> reopen();
            case STORED -> close();
            default -> { }
        }
    }

    /** Starts over with the same details on the same session (a new SMS code, a fresh provider page). */
    public void regenerate() {
        if (sessionId == null || !java.util.EnumSet.of(Phase.FORM, Phase.BROWSER, Phase.PHONE, Phase.SMS_CODE,
                Phase.WAITING, Phase.FAILED).contains(phase.get())) {
            return;
        }
        String session = sessionId;
        ApmType apm = apmType.get();
        busy(() -> desk.get().regenerate(session, apm, cardNumber.get(), gsmNumber.get(), userReference.get()));
    }

    /** Esc: back to the details from a failure, else close (a session left open simply expires). */
    public void escape() {
        if (phase.get() == Phase.FAILED) {
            clearStep();
            phase.set(Phase.ENTRY);
        } else if (phase.get() != Phase.BUSY) {
            close();
        }
    }

    public void close() {
        open.set(false);
        browserForm.discard();
    }

    /** The window could not make its WebView after all (a broken WebKit): the form goes to the browser. */
    public void webViewFailed() {
        formInWindow = false;
        String form = html.get();
        if (phase.get() == Phase.FORM && form != null) {
            html.set(null);
            openInBrowser(form);
        }
    }

    private void start() {
        ApmType apm = apmType.get();
        String card = cardNumber.get();
        String gsm = gsmNumber.get();
        String ref = userReference.get();
        busy(() -> desk.get().init(apm, card, gsm, ref));
    }

    /** What init or regenerate answered, and the outcome if a callback settled the session already. */
    private record Started(TokenizationStep step, MealCardRow settled) {
    }

    private void busy(java.util.concurrent.Callable<TokenizationStep> call) {
        beforeBusy = phase.get() == Phase.FAILED ? Phase.ENTRY : phase.get();
        clearStep();
        phase.set(Phase.BUSY);
        jobs.run(() -> {
            TokenizationStep step = call.call();
            return new Started(step, step.sessionId() == null ? null : desk.get().session(step.sessionId())
                    .filter(row -> !"INIT".equals(row.status())).orElse(null));
        }, this::started, this::failed);
    }

    private void started(Started started) {
        step(started.step());
        if (started.settled() != null) {
            outcome(started.settled());
        }
    }

    private void sendCode() {
        String session = sessionId;
        String typed = code.get();
        beforeBusy = Phase.SMS_CODE;
        problem.set(null);
        phase.set(Phase.BUSY);
        jobs.run(() -> desk.get().complete(session, typed), this::outcome, this::failed);
    }

    private void step(TokenizationStep step) {
        sessionId = step.sessionId();
        var action = step.additionalAction();
        if (step.htmlContent() != null && !formInWindow) {
            openInBrowser(step.htmlContent());
        } else if (step.htmlContent() != null || action != null && action.is(Known.SHOW_HTML_CONTENT)) {
            html.set(step.htmlContent());
            phase.set(Phase.FORM);
        } else if (step.redirectUrl() != null) {
            redirectUrl.set(step.redirectUrl().toString());
            phase.set(Phase.PHONE);
        } else if (action != null && action.is(Known.OTP_REQUIRED)) {
            code.set("");
            phase.set(Phase.SMS_CODE);
        } else {
            phase.set(Phase.WAITING);
        }
    }

    private void openInBrowser(String form) {
        String session = sessionId;
        phase.set(Phase.BROWSER);
        jobs.run(() -> browserForm.open(session, form), opened -> {
            if (phase.get() == Phase.BROWSER && Objects.equals(session, sessionId)) {
                formFile.set(opened.file().toString());
                browserStarted.set(opened.browserStarted());
            }
        }, this::failed);
    }

    private void reopen() {
        if (formFile.get() != null) {
            jobs.run(() -> browserForm.reopen(Path.of(formFile.get())), browserStarted::set, this::failed);
        }
    }

    private void outcome(MealCardRow row) {
        if (sessionId == null || !sessionId.equals(row.id()) || !open.get()) {
            return;
        }
        result.set(row);
        phase.set("COMPLETED".equals(row.status()) ? Phase.STORED : Phase.FAILED);
    }

    private void failed(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof CraftgateException)) {
            cause = cause.getCause();
        }
        if (cause instanceof CraftgateException craftgate) {
            problem.set(craftgate);
        } else {
            unexpected.set(cause.getMessage() == null ? cause.getClass().getSimpleName()
                    : cause.getMessage().lines().findFirst().orElse(""));
        }
        phase.set(beforeBusy == Phase.SMS_CODE ? Phase.SMS_CODE : Phase.FAILED);
    }

    private void clearStep() {
        html.set(null);
        formFile.set(null);
        browserStarted.set(false);
        browserForm.discard();
        redirectUrl.set(null);
        result.set(null);
        problem.set(null);
        unexpected.set(null);
        code.set("");
    }

    /** Stops hearing the desk (the window closes). */
    public void dispose() {
        desk.ifPresent(d -> d.removeListener(outcomes));
    }

    /** Whether the screen is open. */
    public BooleanProperty showing() {
        return open;
    }

    public ObjectProperty<Phase> phase() {
        return phase;
    }

    public ObjectProperty<ApmType> apmType() {
        return apmType;
    }

    public StringProperty cardNumber() {
        return cardNumber;
    }

    public StringProperty gsmNumber() {
        return gsmNumber;
    }

    public StringProperty userReference() {
        return userReference;
    }

    public StringProperty code() {
        return code;
    }

    public StringProperty html() {
        return html;
    }

    /** The saved form the system browser shows (phase BROWSER), or null while it is being saved. */
    public StringProperty formFile() {
        return formFile;
    }

    /** Whether a browser was started for {@link #formFile()}; if not, the operator opens the file by hand. */
    public BooleanProperty browserStarted() {
        return browserStarted;
    }

    public StringProperty redirectUrl() {
        return redirectUrl;
    }

    public ObjectProperty<MealCardRow> result() {
        return result;
    }

    /** A Craftgate failure: its operator tip is shown (mealcard-tips, in the current language). */
    public ObjectProperty<CraftgateException> problem() {
        return problem;
    }

    /** Anything else that went wrong, first line only. */
    public StringProperty unexpected() {
        return unexpected;
    }

    public BooleanBinding needsCardNumber() {
        return needsCardNumber;
    }

    public BooleanBinding needsGsmNumber() {
        return needsGsmNumber;
    }
}

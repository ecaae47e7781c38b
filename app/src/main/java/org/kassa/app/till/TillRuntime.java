package org.kassa.app.till;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kassa.app.config.KassaSettings;
import org.kassa.app.till.drill.CrashDrill;
import org.kassa.central.CentralSync;
import org.kassa.central.refund.ShopStore;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.callback.CallbackReceiver;
import org.kassa.payclient.callback.MealCardListener;
import org.kassa.payclient.callback.ReceiverSettings;
import org.kassa.payclient.craftgate.CraftgateClient;
import org.kassa.payclient.craftgate.CraftgateSettings;
import org.kassa.printer.Printer;
import org.kassa.printer.PrinterException;
import org.kassa.printer.VirtualPrinter;
import org.kassa.sandbox.PaySandbox;
import org.kassa.sandbox.SandboxLedger;
import org.kassa.sandbox.SandboxSettings;
import org.kassa.sandbox.craftgate.CraftgateSandbox;
import org.kassa.sandbox.craftgate.CraftgateSandboxSettings;
import org.kassa.till.Recovery;
import org.kassa.till.StoreRecords;
import org.kassa.till.Till;
import org.kassa.till.TillSetup;
import org.kassa.till.catalog.CatalogCsv;
import org.kassa.till.receipt.SaleReceipt;
import org.kassa.till.refund.RefundDesk;
import org.kassa.till.refund.RefundOutcome;
import org.kassa.till.report.ReportPrint;
import org.kassa.till.report.ShiftReport;
import org.kassa.till.shift.Shifts;
import org.kassa.till.staff.Staff;
import org.kassa.till.store.OperationKind;
import org.kassa.till.store.OperationRow;
import org.kassa.till.store.TillStore;
import org.kassa.till.text.TillTexts;
import org.kassa.totp.PasscodeVerify;
import org.kassa.totp.Passcodes;

/**
 * A running till assembled from the validated settings: the store (created on first start, the demo catalog
 * in training mode), the in-process sandbox in training mode or the configured Pay API, the printer, the
 * postback/callback receivers, and the till itself. Closing it stops everything in reverse order.
 */
public final class TillRuntime implements AutoCloseable {

    /** The store name printed on receipts, slips and reports. */
    static final String STORE_NAME = "Kassa";

    private final List<AutoCloseable> opened = new ArrayList<>();
    private final KassaSettings settings;
    private final TillStore store;
    private final Till till;
    private SandboxLedger ledger;
    private PaySandbox sandbox;
    private MealCardDesk mealCards;
    private CraftgateSandbox craftgateSandbox;
    private CentralSync central;
    private ShopStore shopStore;

    private TillRuntime(KassaSettings settings) {
        this.settings = settings;
        try {
            this.store = keep(openStore(settings));
            if (settings.training() && store.products().list().isEmpty()) {
                store.products().upsertAll(CatalogCsv.demo());
            }
            PasscodeVerify passcodes = Passcodes.create(settings.totp());
            URI payUrl = settings.pay().baseUrl().orElseGet(() -> {
                sandbox = keep(PaySandbox.start(SandboxSettings.training(settings.totp())));
                ledger = sandbox.ledger();
                return sandbox.baseUrl();
            });
            PayClient pay = keep(PayClient.create(settings.pay().client(payUrl), passcodes, settings.pay().tips()));
            // Training never prints on paper: the virtual printer keeps the bytes and draws them.
            Printer printer = settings.training() ? new VirtualPrinter(settings.printer().profile())
                    : settings.printer().open();
            Locale language = Locale.forLanguageTag(settings.uiLanguage().name().toLowerCase(Locale.ROOT));
            TillTexts texts = new TillTexts(language);
            ZoneId zone = ZoneId.systemDefault();
            String tillId = store.settings().tillId();
            TillSetup setup = new TillSetup(tillId, settings.training(), Clock.systemUTC(), zone, passcodes, pay,
                    code -> store.products().byBarcode(code).or(() -> store.products().byArticle(code)),
                    CrashDrill.arm(new StoreRecords(store, tillId, Clock.systemUTC())), printer,
                    new SaleReceipt(printer.profile(), texts, STORE_NAME, pay.settings().terminalId(),
                            zone), texts, "operator", settings.printer().timeout());
            this.till = keep(new Till(setup));
            startReceivers();
            // The shop's central store, when configured: its own daemon thread, never on a sale's path.
            // Refunds look up other tills' sales there and reserve their lines (docs/decisions/0174).
            settings.central().ifPresent(c -> {
                central = keep(CentralSync.start(c, store, tillId));
                shopStore = ShopStore.at(c.url(), c.user(), c.password());
            });
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Opens the till; nothing is recovered yet (see {@link #recover(boolean, Duration)}). */
    public static TillRuntime open(KassaSettings settings) {
        return new TillRuntime(settings);
    }

    public Till till() {
        return till;
    }

    public TillStore store() {
        return store;
    }

    public KassaSettings settings() {
        return settings;
    }

    /** The till's users; in training mode the training users exist (docs/decisions/0134). */
    public Staff staff() {
        Staff staff = new Staff(store, till.setup().tillId(), Clock.systemUTC());
        if (settings.training()) {
            TrainingStaff.ensure(staff);
        }
        return staff;
    }

    public Shifts shifts() {
        return new Shifts(store, till.setup().tillId(), Clock.systemUTC(), staff());
    }

    /** The refund desk; with the shop's central store, other tills' sales too (docs/decisions/0174). */
    public RefundDesk refunds() {
        return shopStore == null ? new RefundDesk(till.setup(), store, STORE_NAME)
                : new RefundDesk(till.setup(), store, STORE_NAME, shopStore.sales(), shopStore.reservations());
    }

    /** The shop's central store, when configured. */
    public Optional<ShopStore> shopStore() {
        return Optional.ofNullable(shopStore);
    }

    /** X and Z reports on this till's printer. */
    public ReportPrint reportPrint() {
        TillSetup s = till.setup();
        return new ReportPrint(s.printer().profile(), s.texts(), STORE_NAME, s.pay().settings().terminalId(), s.zone());
    }

    /** Prints a report: stored as a print job first, then sent (as receipts are). */
    public void printReport(ShiftReport report) throws PrinterException {
        TillSetup s = till.setup();
        byte[] bytes = reportPrint().of(report).bytes();
        String job = s.records().savePrintJob(null, "REPORT", bytes);
        try {
            s.printer().send(bytes, s.printTimeout());
            s.records().printJobDone(job, "PRINTED", null);
        } catch (PrinterException e) {
            s.records().printJobDone(job, "FAILED", e.getMessage());
            throw e;
        }
    }

    /** The background sender to the shop's central store, when {@code store.central.url} is set. */
    public Optional<CentralSync> central() {
        return Optional.ofNullable(central);
    }

    /** The in-process sandbox's ledger in training mode (no Pay API configured), else empty. */
    public Optional<SandboxLedger> sandboxLedger() {
        return Optional.ofNullable(ledger);
    }

    /**
     * Resolves whatever a previous run left in flight (decision 0113): payments, sales and receipts in the core,
     * then refunds that never got a final answer, each resumed with its journaled request (decision 0133).
     */
    public Recovery.Report recover(boolean cancelUnpaidSale, Duration waitPerPayment) {
        Recovery.Report core = new Recovery(till, waitPerPayment).run(cancelUnpaidSale);
        List<Recovery.Resolved> resolved = new ArrayList<>(core.resolved());
        int pending = core.stillPending();
        for (OperationRow refund : store.operations().unfinished()) {
            if (refund.kind() != OperationKind.REFUND) {
                continue;
            }
            try {
                RefundOutcome outcome = refunds().resume(refund.id(), waitPerPayment);
                resolved.add(new Recovery.Resolved(outcome.orderId(), refund.id(), "REFUND_" + outcome.state()));
                pending += "IN_DOUBT".equals(outcome.state()) ? 1 : 0;
            } catch (RuntimeException e) {
                // A refund that cannot be resumed now stays for `kassa refund --resume`; the rest goes on.
                resolved.add(new Recovery.Resolved(null, refund.id(), "REFUND_NOT_RESUMED"));
                pending++;
            }
        }
        int settled = refunds().settleReservations();   // what a stop or an absent central store left open
        if (settled > 0) {
            resolved.add(new Recovery.Resolved(null, null, "RESERVATIONS_SETTLED_" + settled));
        }
        return new Recovery.Report(List.copyOf(resolved), pending);
    }

    private static TillStore openStore(KassaSettings settings) {
        try {
            Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + settings.dataDir() + " ("
                    + e.getMessage() + "); set kassa.dataDir to a folder this user may write", e);
        }
        return TillStore.open(settings.jdbcUrl());
    }

    /** The in-process Craftgate sandbox in training mode (tests spoil its callbacks), else empty. */
    public Optional<CraftgateSandbox> craftgateSandbox() {
        return Optional.ofNullable(craftgateSandbox);
    }

    /** Meal-card registration for the window: empty when meal cards are off outside training. */
    public Optional<MealCardDesk> mealCards() {
        return Optional.ofNullable(mealCards);
    }

    private void startReceivers() {
        MealCardListener verified = result -> {
            if (mealCards != null) {
                mealCards.onTokenization(result);
            }
        };
        var m = settings.mealCards();
        if (sandbox != null) {
            // Training: Craftgate's sandbox beside the Pay one, its callbacks to a loopback receiver of our own.
            craftgateSandbox = keep(new CraftgateSandbox(new CraftgateSandboxSettings(m.client().apiKey(),
                    m.client().secretKey(), m.callbackKey(), CraftgateSandboxSettings.TRAINING_OTP_CODE)));
            sandbox.mount(CraftgateSandbox.MOUNT, craftgateSandbox);
            CallbackReceiver receiver = keep(CallbackReceiver.start(ReceiverSettings.loopback(m.callbackKey()),
                    verified, hint -> { }));
            mealCards = new MealCardDesk(keep(CraftgateClient.create(new CraftgateSettings(sandbox.baseUrl(),
                    m.client().apiKey(), m.client().secretKey(), m.client().connectTimeout(),
                    m.client().responseTimeout(), m.client().maxAttempts()))), receiver.callbackUrl(),
                    store.mealCards(), Clock.systemUTC());
        } else if (m.enabled()) {
            mealCards = new MealCardDesk(keep(CraftgateClient.create(m.client())), m.callbackUrl(),
                    store.mealCards(), Clock.systemUTC());
        }
        for (ReceiverSettings receiver : settings.receivers()) {
            keep(CallbackReceiver.start(receiver, verified,
                    hint -> till.postbackReceived(hint.paymentTransactionId())));
        }
    }

    private <T extends AutoCloseable> T keep(T resource) {
        opened.add(0, resource);
        return resource;
    }

    @Override
    public void close() {
        for (AutoCloseable resource : opened) {
            try {
                resource.close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(TillRuntime.class).warn("closing {}: {}", resource, e.toString());
            }
        }
        opened.clear();
    }
}

package org.kassa.till.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.PaySettings;
import org.kassa.sandbox.PaySandbox;
import org.kassa.sandbox.SandboxSettings;
import org.kassa.payclient.tips.OperatorTips;
import org.kassa.printer.PrinterProfiles;
import org.kassa.printer.VirtualPrinter;
import org.kassa.till.StoreRecords;
import org.kassa.till.Till;
import org.kassa.till.TillSetup;
import org.kassa.till.catalog.CatalogCsv;
import org.kassa.till.receipt.SaleReceipt;
import org.kassa.till.store.TillStore;
import org.kassa.till.text.TillTexts;
import org.kassa.totp.BarcodeGenerator;
import org.kassa.totp.Passcodes;
import org.kassa.totp.PasscodeVerify;
import org.kassa.totp.TotpSettings;

/**
 * A whole till on real parts: an H2 file store under target/, the Pay sandbox over loopback HTTP, the real
 * TOTP verifier and the virtual printer (which keeps every byte it was sent).
 */
public final class TillRig implements AutoCloseable {

    public static final TotpSettings TOTP = TotpSettings.of("HMACSHA256", 8, "CM",
            "3132333435363738393031323334353637383930313233343536373839303132", 30, 6, "=");

    public final Path dataDir;
    public final TillStore store;
    public final PaySandbox sandbox;
    public final PayClient pay;
    public final VirtualPrinter printer;
    public final PasscodeVerify passcodes;
    public final TillSetup setup;
    private final BarcodeGenerator cards = new BarcodeGenerator(TOTP);
    private final boolean ownSandbox;
    private int sessions;

    public TillRig(String name) throws Exception {
        this(name, false);
    }

    /** @param sendReceipt whether accepted Koshelek payments send the optional /receipt call */
    public TillRig(String name, boolean sendReceipt) throws Exception {
        this(name, sendReceipt, "T01", null);
    }

    /** One till {@code tillId} of a shop whose tills share {@code sharedSandbox} (left running at close). */
    public TillRig(String name, String tillId, PaySandbox sharedSandbox) throws Exception {
        this(name, false, tillId, sharedSandbox);
    }

    private TillRig(String name, boolean sendReceipt, String tillId, PaySandbox sharedSandbox) throws Exception {
        ownSandbox = sharedSandbox == null;
        dataDir = Path.of("target", "till-rigs", name + "-" + UUID.randomUUID());
        Files.createDirectories(dataDir);
        store = TillStore.open(dataDir);
        store.products().upsertAll(CatalogCsv.demo());
        sandbox = ownSandbox ? PaySandbox.start(SandboxSettings.training(TOTP)) : sharedSandbox;
        passcodes = Passcodes.kassa(TOTP, Clock.systemUTC());
        pay = PayClient.create(PaySettings.training(sandbox.baseUrl()).withSendReceipt(sendReceipt), passcodes,
                OperatorTips.russian());
        printer = new VirtualPrinter(PrinterProfiles.named("epson"));
        TillTexts texts = new TillTexts(Locale.forLanguageTag("ru"));
        setup = new TillSetup(tillId, true, Clock.systemUTC(), ZoneId.of("Europe/Moscow"), passcodes, pay,
                code -> store.products().byBarcode(code).or(() -> store.products().byArticle(code)),
                new StoreRecords(store, tillId, Clock.systemUTC()), printer,
                new SaleReceipt(printer.profile(), texts, "Магазин у дома", "kassa-training-01",
                        ZoneId.of("Europe/Moscow")), texts, "operator", Duration.ofSeconds(5));
    }

    public Till till() {
        return new Till(setup);
    }

    /** A Koshelek card barcode valid now, with a session never used before in this rig. */
    public String cardWithSession() {
        sessions++;
        String session = String.format(Locale.ROOT, "S%05d", sessions + (int) (Math.random() * 50_000));
        return cards.barcode("1234567891011", session, System.currentTimeMillis() / 1000);
    }

    public String cardWithoutSession() {
        return cards.barcode("1234567891011", null, System.currentTimeMillis() / 1000);
    }

    @Override
    public void close() {
        pay.close();
        if (ownSandbox) {
            sandbox.close();
        }
        store.close();
    }
}

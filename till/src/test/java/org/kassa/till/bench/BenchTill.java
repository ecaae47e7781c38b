package org.kassa.till.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.PaySettings;
import org.kassa.payclient.tips.OperatorTips;
import org.kassa.printer.PrinterProfiles;
import org.kassa.printer.VirtualPrinter;
import org.kassa.sandbox.PaySandbox;
import org.kassa.sandbox.SandboxSettings;
import org.kassa.till.StoreRecords;
import org.kassa.till.Till;
import org.kassa.till.TillSetup;
import org.kassa.till.catalog.CatalogCsv;
import org.kassa.till.receipt.SaleReceipt;
import org.kassa.till.store.TillStore;
import org.kassa.till.text.TillTexts;
import org.kassa.till.testing.TillRig;
import org.kassa.totp.BarcodeGenerator;
import org.kassa.totp.Passcodes;
import org.kassa.totp.PasscodeVerify;

/**
 * A real till for benchmarks, wired like {@link TillRig} (H2 file store under target/, the Pay sandbox over
 * loopback, the real TOTP verifier, the virtual printer) but with the Pay client pointed wherever the benchmark
 * wants it, e.g. a timestamping relay in front of the sandbox.
 */
final class BenchTill implements AutoCloseable {

    /** Where benchmark stores live: a fresh folder per trial, never ~/.kassa. */
    static Path freshDir(String name) throws Exception {
        Path dir = Path.of("target", "bench-stores", name + "-" + UUID.randomUUID()).toAbsolutePath();
        return Files.createDirectories(dir);
    }

    final Path dataDir;
    final TillStore store;
    final PaySandbox sandbox;
    final PayClient pay;
    final Till till;
    /** The till's clock: one second further for each new sale (see {@link SteppingClock}). */
    final SteppingClock clock = new SteppingClock();
    private final BarcodeGenerator cards = new BarcodeGenerator(TillRig.TOTP);
    private int cardsIssued;

    /**
     * @param payUrl where the Pay client sends its calls given the sandbox's own URL (e.g. a relay in front of
     *               it); {@code availabilityInfo} as in the till's settings
     */
    BenchTill(String name, java.util.function.Function<URI, URI> payUrl, boolean availabilityInfo)
            throws Exception {
        dataDir = freshDir(name);
        store = TillStore.open(dataDir);
        store.products().upsertAll(CatalogCsv.demo());
        sandbox = PaySandbox.start(SandboxSettings.training(TillRig.TOTP));
        PasscodeVerify passcodes = Passcodes.kassa(TillRig.TOTP, Clock.systemUTC());
        pay = PayClient.create(PaySettings.training(payUrl.apply(sandbox.baseUrl()))
                .withAvailabilityInfo(availabilityInfo), passcodes, OperatorTips.russian());
        VirtualPrinter printer = new VirtualPrinter(PrinterProfiles.named("epson"));
        TillTexts texts = new TillTexts(Locale.forLanguageTag("ru"));
        TillSetup setup = new TillSetup("T01", true, clock, ZoneId.of("Europe/Moscow"), passcodes, pay,
                code -> store.products().byBarcode(code).or(() -> store.products().byArticle(code)),
                new StoreRecords(store, "T01", clock), printer,
                new SaleReceipt(printer.profile(), texts, "Магазин у дома", "kassa-training-01",
                        ZoneId.of("Europe/Moscow")), texts, "operator", Duration.ofSeconds(5));
        till = new Till(setup);
    }

    /**
     * A Koshelek card barcode with a session, valid now, on a card number never used before in this till: the
     * replay guard remembers (card number, password) pairs, and many runs fall into one 30-second password step.
     */
    String freshCardWithSession() {
        cardsIssued++;
        String number = String.format(Locale.ROOT, "77%011d", cardsIssued);
        String session = String.format(Locale.ROOT, "S%05d", cardsIssued % 100_000);
        return cards.barcode(number, session, System.currentTimeMillis() / 1000);
    }

    /** Closes everything, prints the store file's size (H2 grows it between compactions) and deletes it. */
    @Override
    public void close() {
        till.close();
        pay.close();
        sandbox.close();
        int sales = store.sales().list(java.time.Instant.EPOCH, null).size();
        store.close();
        try {
            System.out.printf("store file after the trial: %.1f MiB (%d sales)%n",
                    Files.size(dataDir.resolve(TillStore.DATABASE_NAME + ".mv.db")) / 1048576.0, sales);
        } catch (Exception e) {
            System.out.println("store file size unknown: " + e.getMessage());
        }
        deleteTree(dataDir);
    }

    static void deleteTree(Path dir) {
        try (var all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (java.io.IOException e) {
            System.out.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}

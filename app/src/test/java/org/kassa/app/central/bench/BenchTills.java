package org.kassa.app.central.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.kassa.app.config.KassaSettings;
import org.kassa.app.crash.CrashRig;
import org.kassa.till.Till;
import org.kassa.till.catalog.Measure;
import org.kassa.till.catalog.Vat;
import org.kassa.till.sale.SaleStatus;
import org.kassa.till.store.PaymentRow;
import org.kassa.till.store.SaleLineRow;
import org.kassa.till.store.SaleRow;
import org.kassa.till.store.TillStore;

/**
 * Tills for the central benchmarks: a folder with a configuration (test mode, cash only, so no Pay server is
 * needed; an open shift) and, when wanted, the central store's address. A backlog is made by selling through the
 * till's repositories with no central store configured (the outbox fills as it does while the server is away); it
 * is kept under target/bench-stores and copied for every run, as the till's store growth benchmark keeps its store.
 */
final class BenchTills {

    static final Path STORES = Path.of("target", "bench-stores").toAbsolutePath();
    private static final URI NO_PAY_SERVER = URI.create("http://127.0.0.1:9");

    private final CrashRig rig;

    BenchTills() throws IOException {
        this.rig = new CrashRig("central-bench", 14L);
    }

    /** A till folder {@code dir} with its configuration; the central store at {@code centralUrl} unless null. */
    Path configure(Path dir, String centralUrl) throws IOException {
        Files.createDirectories(dir);
        Path config = rig.writeConfig(dir, NO_PAY_SERVER, "bench", "bench", false);
        if (centralUrl != null) {
            Files.writeString(config, "store.central.url = " + centralUrl + "\nstore.central.user = kassa\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        return config;
    }

    KassaSettings settings(Path config) {
        return rig.settings(config);
    }

    /** One cash sale of one line through the till; returns the sale's id once it is committed PAID. */
    static String sellCash(Till till, int n) {
        till.addFree("Bench " + n, 10_000 + 100L * (n % 37));
        return till.payCash(till.sale().totals().total()).saleId();
    }

    /**
     * {@code dir} with a store of {@code sales} unsent cash sales, made once and reused (a {@code filled} marker
     * file says it is complete). The sales are written through the store's repositories as the till writes a
     * cash sale (opened, one line, the cash payment, closed PAID with its outbox row in the same commit), with
     * order ids of their own: the till core's ids collide at benchmark rates (docs/decisions/0179).
     */
    Path backlog(Path dir, int sales) throws IOException {
        Path filled = dir.resolve("filled");
        if (Files.exists(filled)) {
            return dir;
        }
        deleteTree(dir);
        Path config = configure(dir, null);
        long start = System.nanoTime();
        try (TillStore store = TillStore.open(settings(config).jdbcUrl())) {
            String tillId = store.settings().tillId();
            for (int n = 1; n <= sales; n++) {
                writeCashSale(store, tillId, n);
            }
        }
        String note = String.format("%d sales written in %.0f s%n", sales, (System.nanoTime() - start) / 1e9);
        System.out.print(dir.getFileName() + ": " + note);
        Files.writeString(filled, note);
        return dir;
    }

    private static void writeCashSale(TillStore store, String tillId, int n) {
        Instant at = Instant.now();
        long amount = 10_000 + 100L * (n % 37);
        String saleId = UUID.randomUUID().toString();
        SaleRow open = SaleRow.open(saleId, tillId, tillId + "-bench-" + n, at, false);
        store.sales().save(open, true, List.of(new SaleLineRow(saleId, 1, "", null, "Bench " + n, amount,
                BigDecimal.ONE, Measure.PIECE, Vat.NONE, 0, amount, false, null, null)));
        store.payments().insert(PaymentRow.cash(UUID.randomUUID().toString(), saleId, amount, amount, at));
        store.sales().update(open.withTotals(amount, 0).closed(SaleStatus.PAID, at, "bench"));
    }

    /** A fresh copy of {@code pristine}'s data folder in {@code run}, configured for the central store. */
    Path copy(Path pristine, Path run, String centralUrl) throws IOException {
        deleteTree(run);
        Path config = configure(run, centralUrl);
        Path data = settings(config).dataDir();
        deleteTree(data);
        try (Stream<Path> files = Files.walk(pristine.resolve("data"))) {
            for (Path from : (Iterable<Path>) files::iterator) {
                Files.copy(from, data.resolve(pristine.resolve("data").relativize(from).toString()));
            }
        }
        return config;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

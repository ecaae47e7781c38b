package org.kassa.app.ui.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.kassa.app.config.ConfigFile;
import org.kassa.app.config.TotpConfig;
import org.kassa.sandbox.PaySandbox;
import org.kassa.sandbox.SandboxSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Resident memory (RSS) of the till process after {@code sales} cash sales through the real window (headless
 * Monocle, test mode, H2 store, file printer): three wedge scans, F11, Enter (exact cash) per sale. The fork has
 * the bundle launcher's memory options (BundleJvm); {@code -jvmArgsAppend} tries others. Prints RSS after the
 * first sale, after the last, and after a full GC; the score is the time for all sales. Target RSS ≤ 250 MB after
 * 1,000 sales.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgs = {"-Dtestfx.robot=glass", "-Dtestfx.headless=true", "-Dprism.order=sw",
    "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Djava.awt.headless=true",
    "-Dfile.encoding=UTF-8", "-Dsun.net.httpserver.nodelay=true",
    BundleJvm.GC, BundleJvm.MIN_HEAP, BundleJvm.MAX_HEAP, BundleJvm.TRIM_NATIVE_HEAP})
public class MemoryAfterSalesBench {

    private static final String[] ITEMS = {"4601234000017", "4601234000024", "4601234000031"};

    @Param("1000")
    public int sales;

    private PaySandbox sandbox;
    private BenchWindow w;

    @Setup(Level.Trial)
    public void open() throws Exception {
        sandbox = PaySandbox.start(SandboxSettings.training(TotpConfig.settings(ConfigFile.defaults())));
        w = BenchWindow.open(sandbox.baseUrl(), sandbox.login(), sandbox.password());
    }

    @Benchmark
    public long cashSales() throws Exception {
        int resent = 0;
        for (int i = 1; i <= sales; i++) {
            for (int n = 0; n < ITEMS.length; n++) {
                int lines = n + 1;
                java.util.function.Supplier<Boolean> shown = () -> w.basket().getItems().size() >= lines;
                w.keys.scan(ITEMS[n]);
                if (!w.within(5, shown)) {     // a burst split by a stall of the FX thread: scan again, count it
                    resent++;
                    w.keys.scan(ITEMS[n]);
                }
                w.await(60, shown, "line " + lines + " of sale " + i);
            }
            w.keys.press(KeyCode.F11);
            w.await(10, () -> w.visible("#cashView") && w.focusedId().equals("cashGiven"), "the cash view");
            java.util.function.Supplier<Boolean> paid = () -> !w.visible("#cashView")
                    && w.basket().getItems().isEmpty() && w.focusedId().equals("saleInput");
            w.keys.press(KeyCode.ENTER);
            if (!w.within(5, paid)) {          // an Enter the cash field never acted on: press it again, count it
                resent++;
                w.keys.press(KeyCode.ENTER);
            }
            w.await(60, paid, "the paid sale " + i);
            if (i == 1) {
                report("after the first sale");
            }
        }
        System.out.printf(Locale.ROOT, "%nkeys sent again (a scan or Enter the window did not act on in 5 s): %d%n",
                resent);
        report("after " + sales + " sales");
        System.gc();
        Thread.sleep(1_000);
        report("after " + sales + " sales and a full GC");
        nativeMemorySummary();
        return sales;
    }

    private void report(String when) throws Exception {
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .findFirst().orElse("VmRSS: ?").replaceAll("\\s+", " ");
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf(Locale.ROOT, "%n%s: %s, heap used %.1f MiB of committed %.1f MiB, printer file %d KiB%n",
                when, rss, heap.getUsed() / 1048576.0, heap.getCommitted() / 1048576.0,
                Files.size(w.dir.resolve("printer.bin")) / 1024);
    }

    /** With -XX:NativeMemoryTracking=summary: where the memory outside the heap goes (jcmd of this JVM). */
    private static void nativeMemorySummary() throws Exception {
        if (ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .noneMatch(a -> a.startsWith("-XX:NativeMemoryTracking"))) {
            return;
        }
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(ProcessHandle.current().pid()),
                "VM.native_memory", "summary").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        out.lines().filter(l -> l.contains("committed=") && (l.startsWith("Total") || l.startsWith("-")))
                .forEach(System.out::println);
        Process histogram = new ProcessBuilder(jcmd.toString(), Long.toString(ProcessHandle.current().pid()),
                "GC.class_histogram").redirectErrorStream(true).start();
        String top = new String(histogram.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        histogram.waitFor(30, TimeUnit.SECONDS);
        top.lines().limit(18).forEach(System.out::println);
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        w.close();
        sandbox.close();
    }
}

package org.kassa.app.ui.bench;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import org.kassa.app.config.ConfigFile;
import org.kassa.app.config.TotpConfig;
import org.kassa.app.ui.Keyboard;
import org.kassa.sandbox.PaySandbox;
import org.kassa.sandbox.SandboxSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Wedge scan → line shown in the basket, through the real window (headless Monocle) and the real till core
 * (test mode, H2 store): from the moment the scanner's first key reaches the scene to the end of the first
 * layout pulse after the basket's rows changed (the frame that shows the line). Target p99 ≤ 50 ms.
 * The sale is cancelled through the window every 25 scans, outside the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 6)
@Fork(value = 1, jvmArgsAppend = {"-Dtestfx.robot=glass", "-Dtestfx.headless=true", "-Dprism.order=sw",
    "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Djava.awt.headless=true",
    "-Dfile.encoding=UTF-8", "-Dsun.net.httpserver.nodelay=true",
    BundleJvm.GC, BundleJvm.MIN_HEAP, BundleJvm.MAX_HEAP, BundleJvm.TRIM_NATIVE_HEAP})
public class ScanToBasketBench {

    private static final String[] ITEMS = {"4601234000017", "4601234000024", "4601234000031", "4601234000048"};

    private PaySandbox sandbox;
    private BenchWindow w;
    private Keyboard timedKeys;
    private final Samples samples = new Samples("scan -> line shown (window clock)");
    private volatile CountDownLatch shown;
    private volatile long firedNanos;
    private volatile long shownNanos;
    private boolean armed;        // FX thread only
    private boolean changed;      // FX thread only
    private int scans;
    private boolean recording;

    @Setup(Level.Trial)
    public void open() throws Exception {
        sandbox = PaySandbox.start(SandboxSettings.training(TotpConfig.settings(ConfigFile.defaults())));
        w = BenchWindow.open(sandbox.baseUrl(), sandbox.login(), sandbox.password());
        timedKeys = new Keyboard(keys -> Platform.runLater(() -> {
            firedNanos = System.nanoTime();
            armed = true;
            keys.run();
        }), w.scene);
        BenchWindow.onFx(() -> {
            w.basket().getItems().addListener((ListChangeListener<Object>) c -> changed = armed);
            w.scene.addPostLayoutPulseListener(() -> {
                if (armed && changed) {
                    armed = false;
                    changed = false;
                    shownNanos = System.nanoTime();
                    shown.countDown();
                }
            });
            return null;
        });
    }

    @Setup(Level.Iteration)
    public void iteration(IterationParams params) {
        recording = params.getType() == IterationType.MEASUREMENT;
    }

    @Setup(Level.Invocation)
    public void nextScan() throws Exception {
        if (++scans % 25 == 0) {
            w.cancelSale();
        }
        shown = new CountDownLatch(1);
    }

    @Benchmark
    public long scanToLineShown() throws Exception {
        timedKeys.scan(ITEMS[scans % ITEMS.length]);
        if (!shown.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the scan did not reach the basket within 10 s");
        }
        long latency = shownNanos - firedNanos;
        if (recording) {
            samples.add(latency);
        }
        return latency;
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        samples.print();
        w.close();
        sandbox.close();
        Thread.sleep(Duration.ofMillis(100).toMillis());
    }
}

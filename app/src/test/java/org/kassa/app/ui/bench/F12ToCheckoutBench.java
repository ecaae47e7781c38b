package org.kassa.app.ui.bench;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import org.kassa.app.config.ConfigFile;
import org.kassa.app.config.TotpConfig;
import org.kassa.app.till.TrainingCards;
import org.kassa.app.ui.Keyboard;
import org.kassa.payclient.testing.FirstByteRelay;
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
 * F12 → first byte of {@code POST /checkout} on the wire, through the real window (headless Monocle) and the
 * real till core (test mode: the journal row is committed before the request leaves) against the sandbox
 * behind payclient's {@link FirstByteRelay}. One provider allowed (SBP), so F12 starts the payment; with two
 * the operator's choice comes first and the clock would start at its Enter. Target p99 ≤ 30 ms.
 * Before each F12 (not measured): a line and a fresh card; after it: the accepted view closed with Enter.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 8)
@Fork(value = 1, jvmArgsAppend = {"-Dtestfx.robot=glass", "-Dtestfx.headless=true", "-Dprism.order=sw",
    "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Djava.awt.headless=true",
    "-Dfile.encoding=UTF-8", "-Dsun.net.httpserver.nodelay=true",
    BundleJvm.GC, BundleJvm.MIN_HEAP, BundleJvm.MAX_HEAP, BundleJvm.TRIM_NATIVE_HEAP})
public class F12ToCheckoutBench {

    private PaySandbox sandbox;
    private FirstByteRelay relay;
    private BenchWindow w;
    private TrainingCards cards;
    private Keyboard timedKeys;
    private volatile long firedNanos;
    private boolean recording;
    private final Samples samples = new Samples("F12 -> first byte of /checkout (relay clock)");

    @Setup(Level.Trial)
    public void open() throws Exception {
        var totp = TotpConfig.settings(ConfigFile.defaults());
        sandbox = PaySandbox.start(SandboxSettings.training(totp).withDelays(Duration.ofMillis(50),
                Duration.ofSeconds(3)));
        relay = new FirstByteRelay(sandbox.baseUrl(), "POST /api/v1/merchant/checkout");
        w = BenchWindow.open(relay.baseUrl(), sandbox.login(), sandbox.password(), "pay.allowed.paymentTypes = SBP");
        cards = new TrainingCards(totp);
        timedKeys = new Keyboard(keys -> Platform.runLater(() -> {
            firedNanos = System.nanoTime();
            keys.run();
        }), w.scene);
    }

    @Setup(Level.Iteration)
    public void iteration(IterationParams params) {
        recording = params.getType() == IterationType.MEASUREMENT;
    }

    @Setup(Level.Invocation)
    public void saleWithCard() throws Exception {
        w.keys.scan("4601234000017");
        w.await(10, () -> w.basket().getItems().size() == 1, "the line");
        w.keys.scan(cards.withSession());
        w.await(10, () -> w.visible("#payKoshelek"), "Koshelek Pay offered");
        relay.arm();
    }

    @Benchmark
    public long f12ToFirstByte() throws Exception {
        timedKeys.press(KeyCode.F12);
        long latency = relay.awaitNanos() - firedNanos;
        if (recording) {
            samples.add(latency);
        }
        return latency;
    }

    @TearDown(Level.Invocation)
    public void settle() throws Exception {
        w.await(20, () -> w.visible("#koshelekAccepted"), "the accepted payment");
        w.keys.press(KeyCode.ENTER);
        w.await(10, () -> !w.visible("#koshelekAccepted") && w.basket().getItems().isEmpty(), "a new sale");
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        samples.print();
        w.close();
        relay.close();
        sandbox.close();
    }
}

package org.kassa.scanner.bench;

import java.awt.event.KeyEvent;
import java.util.concurrent.TimeUnit;
import org.kassa.scanner.KeyInput;
import org.kassa.scanner.ScanListener;
import org.kassa.scanner.ScannedCode;
import org.kassa.scanner.wedge.KeyboardWedgeSource;
import org.kassa.scanner.wedge.WedgeSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Keyboard wedge: from the terminator key (Enter) to the {@link ScannedCode} in the listener, after the 31 keys
 * of a TOTP barcode were typed under a Russian layout. The event is delivered on the caller's thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WedgeLatencyBench {

    private static final String CODE = "CM1234567891011=A1G97N=49203817";
    private static final String US = "qwertyuiopasdfghjklzxcvbnm";
    private static final String RU = "йцукенгшщзфывапролдячсмить";

    private final KeyboardWedgeSource wedge = new KeyboardWedgeSource("bench", WedgeSettings.defaults());
    private ScannedCode last;
    private long clock = 1_000_000_000L;
    private KeyInput enter;

    @Setup
    public void listen() {
        wedge.addListener((ScanListener) code -> last = code);
    }

    @Setup(Level.Invocation)
    public void typeTheCode() {
        clock += 1_000_000_000L;
        for (char c : CODE.toCharArray()) {
            clock += 3_000_000L;
            boolean upper = Character.isUpperCase(c);
            char lower = Character.toLowerCase(c);
            char shown = US.indexOf(lower) >= 0 ? RU.charAt(US.indexOf(lower)) : lower;
            int code = c == '=' ? KeyEvent.VK_EQUALS : Character.toUpperCase(c);
            wedge.offer(new KeyInput(code, upper ? Character.toUpperCase(shown) : shown,
                    upper ? KeyInput.SHIFT : 0, clock));
        }
        enter = new KeyInput(KeyEvent.VK_ENTER, '\n', 0, clock + 3_000_000L);
    }

    @Benchmark
    public ScannedCode terminatorToEvent() {
        if (!wedge.offer(enter)) {
            throw new IllegalStateException("the burst was not taken as a scan");
        }
        return last;
    }
}

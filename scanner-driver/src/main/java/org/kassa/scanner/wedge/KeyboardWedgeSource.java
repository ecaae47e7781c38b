package org.kassa.scanner.wedge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.kassa.scanner.KeyInput;
import org.kassa.scanner.ScannedCode;
import org.kassa.scanner.SourceHealth;
import org.kassa.scanner.internal.AbstractSource;

/**
 * A USB HID scanner that types like a keyboard. The UI feeds every key press of its window to
 * {@link #offer(KeyInput)} (so focus does not matter); keys that arrive faster than a person types and end
 * with the terminator become one {@link ScannedCode}. Keys that turn out to be a person typing are handed
 * back, in order, to the human-key consumer so the UI can deliver them to the focused field.
 *
 * <p>Keys are held only while they could still be a scan: at most {@code maxInterKeyGap} after the last one.
 * A timer releases them when started; {@link #idle(long)} does the same on demand (tests, benchmarks).
 * Thread-safe; the human-key consumer and the listeners run on the caller's or the timer's thread.
 */
public final class KeyboardWedgeSource extends AbstractSource {

    private final WedgeSettings settings;
    private final long maxGapNanos;
    private final List<KeyInput> held = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder altDigits = new StringBuilder();
    private volatile Consumer<List<KeyInput>> humanKeys = keys -> { };
    private ScheduledExecutorService timer;
    private volatile java.util.concurrent.Executor idleChecks = Runnable::run;
    private long lastNanos;

    public KeyboardWedgeSource(String id, WedgeSettings settings) {
        super(id);
        this.settings = settings;
        this.maxGapNanos = settings.maxInterKeyGap().toNanos();
    }

    /**
     * Where the timer's idle checks run (default: on the timer's thread). A UI passes its event thread: then a
     * check runs only after the key events already queued there, so a burst the UI was too busy to read (a slow
     * frame) is not cut in two by the clock (docs/decisions/0147).
     */
    public void runIdleChecksOn(java.util.concurrent.Executor executor) {
        this.idleChecks = java.util.Objects.requireNonNull(executor, "executor");
    }

    /** Where held keys go when they turn out to be typing, e.g. re-dispatch to the focused field. */
    public void onHumanKeys(Consumer<List<KeyInput>> consumer) {
        this.humanKeys = consumer;
    }

    /**
     * Offers one key press. Returns {@code true} if the wedge took it (part of a scan, or held until it is
     * clear) and the UI must not deliver it now; {@code false} to let it through as usual.
     */
    public synchronized boolean offer(KeyInput key) {
        if (KeyCodeMap.isModifierOnly(key.keyCode())) {
            return false;
        }
        if (!held.isEmpty() && key.timestampNanos() - lastNanos > maxGapNanos) {
            endOnPause();
        }
        if (isTerminator(key)) {
            flushAltCode();
            if (qualifies()) {
                finishScan(key.timestampNanos());
                return true;
            }
            releaseHeld();
            return false;
        }
        if (key.alt() && KeyCodeMap.isNumpadDigit(key.keyCode())) {
            altDigits.append((char) ('0' + key.keyCode() - 0x60));
            hold(key);
            return true;
        }
        flushAltCode();
        int c = KeyCodeMap.map(key);
        if (c == KeyCodeMap.NONE) {
            releaseHeld();
            return false;
        }
        text.append((char) c);
        hold(key);
        return true;
    }

    /** Ends what is held if no key came for longer than the gap: a scan (terminator NONE) or typing. */
    public synchronized void idle(long nowNanos) {
        if (!held.isEmpty() && nowNanos - lastNanos > maxGapNanos) {
            endOnPause();
        }
    }

    @Override
    public synchronized void start() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "wedge-idle-" + id());
                t.setDaemon(true);
                return t;
            });
            long period = Math.max(1, maxGapNanos / 2);
            timer.scheduleAtFixedRate(() -> idleChecks.execute(() -> idle(System.nanoTime())), period, period,
                    TimeUnit.NANOSECONDS);
        }
        report(SourceHealth.Reason.LISTENING, "listening to the keyboard");
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        releaseHeld();
        report(SourceHealth.Reason.STOPPED, "stopped");
    }

    private boolean isTerminator(KeyInput key) {
        return switch (settings.terminator()) {
            case ENTER -> key.keyCode() == KeyInput.VK_ENTER;
            case TAB -> key.keyCode() == KeyInput.VK_TAB && !key.shift();
            case NONE -> false;
        };
    }

    private void hold(KeyInput key) {
        held.add(key);
        lastNanos = key.timestampNanos();
    }

    private boolean qualifies() {
        return text.length() >= settings.minLength();
    }

    private void endOnPause() {
        flushAltCode();
        if (settings.terminator() == WedgeSettings.Terminator.NONE && qualifies()) {
            finishScan(lastNanos);
        } else {
            releaseHeld();
        }
    }

    /** Alt + numeric keypad digits (Alt+029 = GS): the way some scanners type control characters. */
    private void flushAltCode() {
        if (altDigits.length() > 0) {
            int code = Integer.parseInt(altDigits.toString());
            altDigits.setLength(0);
            text.append((char) (code & 0xFF));
        }
    }

    private void finishScan(long atNanos) {
        String code = strip(text.toString());
        held.clear();
        text.setLength(0);
        long ageNanos = System.nanoTime() - atNanos;
        Instant at = Instant.now().minusNanos(Math.max(0, ageNanos));
        emit(new ScannedCode(code, null, id(), at));
    }

    private String strip(String code) {
        String out = code;
        if (!settings.prefix().isEmpty() && out.startsWith(settings.prefix())) {
            out = out.substring(settings.prefix().length());
        }
        if (!settings.suffix().isEmpty() && out.endsWith(settings.suffix())) {
            out = out.substring(0, out.length() - settings.suffix().length());
        }
        return out;
    }

    private void releaseHeld() {
        if (held.isEmpty()) {
            return;
        }
        List<KeyInput> keys = List.copyOf(held);
        held.clear();
        text.setLength(0);
        altDigits.setLength(0);
        humanKeys.accept(keys);
    }
}

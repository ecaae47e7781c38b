package org.kassa.scanner;

import java.time.Instant;
import java.util.Objects;

/** How a barcode source is doing, for the status bar and diagnostics; {@code detail} says what to do. */
public record SourceHealth(State state, String detail, Instant since) {

    public enum State {
        /** Not started, or stopped on purpose. */
        STOPPED,
        /** Started and able to read codes. */
        READY,
        /** Started, but the device is missing or was unplugged; the source keeps trying to reconnect. */
        DISCONNECTED,
        /** Started, but cannot work until someone fixes the cause in {@code detail}. */
        FAILED
    }

    public SourceHealth {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(since, "since");
    }

    public static SourceHealth of(State state, String detail) {
        return new SourceHealth(state, detail, Instant.now());
    }

    public boolean isReady() {
        return state == State.READY;
    }
}

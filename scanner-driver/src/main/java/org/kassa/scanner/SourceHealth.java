package org.kassa.scanner;

import java.time.Instant;
import java.util.Objects;

/**
 * How a barcode source is doing. {@code reason} is for the operator: the UI shows the text of
 * {@link HealthTexts} (Russian and English).
 * {@code detail} is for the log and the support person: English, with the device and what to do.
 */
public record SourceHealth(State state, Reason reason, String detail, Instant since) {

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

    /** Why a source is in its state; each has an operator text in {@link HealthTexts}. */
    public enum Reason {
        NOT_STARTED(State.STOPPED),
        STOPPED(State.STOPPED),
        PICTURES_ENDED(State.STOPPED),
        LISTENING(State.READY),
        OPENING(State.DISCONNECTED),
        DEVICE_MISSING(State.DISCONNECTED),
        UNPLUGGED(State.DISCONNECTED),
        DEVICE_BUSY(State.DISCONNECTED),
        CAMERA_FAILED(State.DISCONNECTED),
        NO_PERMISSION(State.FAILED),
        NOT_A_SERIAL_PORT(State.FAILED);

        private final State state;

        Reason(State state) {
            this.state = state;
        }

        public State state() {
            return state;
        }
    }

    public SourceHealth {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(since, "since");
    }

    public static SourceHealth of(Reason reason, String detail) {
        return new SourceHealth(reason.state(), reason, detail, Instant.now());
    }

    public boolean isReady() {
        return state == State.READY;
    }
}

package org.kassa.sandbox;

import java.time.Duration;

/**
 * One misbehaviour of the sandbox for one request. "After processing" kinds change the ledger (and the
 * idempotency memory) first, so a resend with the same requestId gets the first answer.
 *
 * @param kind        what goes wrong
 * @param delayMillis for {@link Kind#DELAY} only: how long the answer is held back
 */
public record Fault(Kind kind, long delayMillis) {

    public enum Kind {
        /** Waits {@code delayMillis}, then processes and answers normally. */
        DELAY,
        /** Processes the request, then closes the connection without an answer. */
        DROP_AFTER_PROCESSING,
        /** Closes the connection without processing the request. */
        DROP_BEFORE_PROCESSING,
        /** Answers HTTP 500 without processing the request. */
        HTTP_500,
        /** Processes the request, then answers 200 with a truncated JSON body. */
        MALFORMED_JSON,
        /** Processes the request, then answers 200 with an empty body. */
        EMPTY_BODY,
        /** Processes the request, then never answers (the connection stays open until the sandbox closes). */
        HANG
    }

    public static final Fault DROP_AFTER_PROCESSING = new Fault(Kind.DROP_AFTER_PROCESSING, 0);
    public static final Fault DROP_BEFORE_PROCESSING = new Fault(Kind.DROP_BEFORE_PROCESSING, 0);
    public static final Fault HTTP_500 = new Fault(Kind.HTTP_500, 0);
    public static final Fault MALFORMED_JSON = new Fault(Kind.MALFORMED_JSON, 0);
    public static final Fault EMPTY_BODY = new Fault(Kind.EMPTY_BODY, 0);
    public static final Fault HANG = new Fault(Kind.HANG, 0);

    public Fault {
        if (kind == null) {
            throw new IllegalArgumentException("fault kind is missing");
        }
        if (delayMillis < 0 || (kind != Kind.DELAY && delayMillis != 0)) {
            throw new IllegalArgumentException("delayMillis " + delayMillis + " is only allowed (and >= 0) with DELAY");
        }
    }

    /** Holds the answer back by {@code millis}, then answers normally. */
    public static Fault delay(long millis) {
        return new Fault(Kind.DELAY, millis);
    }

    public static Fault delay(Duration duration) {
        return delay(duration.toMillis());
    }

    /** Whether the request is processed (ledger changed) before the fault shows. */
    public boolean processes() {
        return kind != Kind.DROP_BEFORE_PROCESSING && kind != Kind.HTTP_500;
    }
}

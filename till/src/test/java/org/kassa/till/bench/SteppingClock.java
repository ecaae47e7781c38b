package org.kassa.till.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The system clock, moved one second ahead for every new sale. The till's order id carries the second the sale
 * opened plus 16 random bits, made for at most a few sales per second; a benchmark opens dozens per second,
 * where two sales in one second would share an order id once in a while (a benchmark artefact, not a till's).
 */
final class SteppingClock extends Clock {

    private final AtomicLong offsetSeconds = new AtomicLong();

    /** Moves the clock one second ahead: call before opening each sale. */
    void nextSale() {
        offsetSeconds.incrementAndGet();
    }

    @Override
    public Instant instant() {
        return Instant.now().plusSeconds(offsetSeconds.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the bench clock is UTC only");
    }
}

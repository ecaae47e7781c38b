package org.kassa.app.crash;

/**
 * One crash of the till during a Koshelek sale: where it is killed (a drill point, or a random instant) and
 * what the sale must end as once {@code kassa recover} has run.
 *
 * @param pauseAt      the drill point ({@code kassa.drill.pauseAt}), or null for a kill at a random instant
 * @param amount       the sale's total in kopecks; the ending picks the sandbox's behaviour (02 never decided,
 *                     03 accepted after 3 s, others after 600 ms)
 * @param killAfterMs  random instants: milliseconds after the sale's total is shown
 * @param expected     the sale's end
 * @param checkoutSends how many times the checkout reaches the server in all: 1 when the kill came before it
 *                     went out or after the payment was settled (nothing to resend), 2 when recovery resent it
 */
record CrashCase(String label, String pauseAt, long amount, long killAfterMs, Expected expected,
                 int checkoutSends) {

    /** How the sale must end after recovery. */
    enum Expected {
        /** Paid once, receipt printed. */
        PAID,
        /** Nothing ever reached the server: the payment failed NOT_SENT and the sale is cancelled. */
        NEVER_SENT,
        /** Cancelled on the server and in the store. */
        CANCELLED,
        /** Random instants: any end is fine as long as store and server agree. */
        ANY
    }

    static CrashCase at(String pauseAt, long amount, Expected expected, int checkoutSends) {
        return new CrashCase(pauseAt, pauseAt, amount, 0, expected, checkoutSends);
    }

    static CrashCase random(int run, long amount, long killAfterMs) {
        return new CrashCase("random-" + run + "-" + amount + "-after-" + killAfterMs + "ms", null, amount,
                killAfterMs, Expected.ANY, 0);
    }

    /** A payment the server never decides is cancelled at the polling cap: the cap is short for those. */
    boolean neverDecided() {
        return amount % 100 == 2;
    }

    @Override
    public String toString() {
        return label;
    }
}

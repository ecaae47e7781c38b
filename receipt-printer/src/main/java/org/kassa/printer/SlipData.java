package org.kassa.printer;

import java.util.Objects;

/**
 * Input of the Koshelek slip block.
 *
 * @param operation the payment or refund
 * @param store     store id or name as configured
 * @param terminal  terminal id; may be null
 * @param training  print a TRAINING banner (nothing was charged)
 */
public record SlipData(KoshelekOperation operation, String store, String terminal, boolean training) {

    /** A made-up SBP payment for test prints and previews (ids of real length, nothing charged). */
    public static SlipData sample(boolean training) {
        KoshelekOperation payment = new KoshelekOperation(KoshelekOperation.Type.PAYMENT,
                "00000000-0000-4000-8000-000000000001", "TEST-ORDER-0001", "00000000-0000-4000-8000-0000000000a1",
                null, "SBP", "AS000000000000000000000000000001", "0000", 10000,
                java.time.LocalDateTime.of(2026, 1, 1, 12, 0));
        return new SlipData(payment, "TEST-STORE", "TEST-TERMINAL", training);
    }

    public SlipData {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(store, "store");
    }
}

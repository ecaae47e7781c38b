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

    public SlipData {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(store, "store");
    }
}

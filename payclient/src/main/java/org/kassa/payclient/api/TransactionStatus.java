package org.kassa.payclient.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A transaction {@code status} as the server sent it. Unknown values are kept verbatim (never null, never a
 * crash); the constants are the values of Pay API v1.2.1.
 */
public record TransactionStatus(@JsonValue String value) {

    public static final TransactionStatus NEW = new TransactionStatus("new");
    public static final TransactionStatus PENDING = new TransactionStatus("pending");
    public static final TransactionStatus ACCEPTED = new TransactionStatus("accepted");
    public static final TransactionStatus REJECTED = new TransactionStatus("rejected");
    public static final TransactionStatus CANCELED = new TransactionStatus("canceled");
    public static final TransactionStatus REFUNDING = new TransactionStatus("refunding");
    public static final TransactionStatus REFUNDED = new TransactionStatus("refunded");
    public static final TransactionStatus PARTIAL_REFUNDED = new TransactionStatus("partial_refunded");
    public static final TransactionStatus NONE = new TransactionStatus("none");

    public TransactionStatus {
        Objects.requireNonNull(value, "status");
    }

    @JsonCreator
    public static TransactionStatus of(String value) {
        return new TransactionStatus(value);
    }

    /** The payment has been paid (and possibly refunded since): too late to cancel. */
    public boolean isPaid() {
        return equals(ACCEPTED) || equals(REFUNDING) || equals(REFUNDED) || equals(PARTIAL_REFUNDED);
    }

    @Override
    public String toString() {
        return value;
    }
}

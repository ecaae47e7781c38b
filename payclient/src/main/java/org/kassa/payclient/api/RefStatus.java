package org.kassa.payclient.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** The {@code refStatus} of a cancel or refund transaction; unknown values are kept verbatim. */
public record RefStatus(@JsonValue String value) {

    public static final RefStatus NEW = new RefStatus("new");
    public static final RefStatus ACCEPTED = new RefStatus("accepted");
    public static final RefStatus REJECTED = new RefStatus("rejected");

    public RefStatus {
        Objects.requireNonNull(value, "refStatus");
    }

    @JsonCreator
    public static RefStatus of(String value) {
        return new RefStatus(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

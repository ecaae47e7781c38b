package org.kassa.sandbox.internal.pay;

import java.time.Duration;
import org.kassa.sandbox.SandboxSettings;

/**
 * The documented data triggers (docs/sandbox.md): amounts in kopecks, "ending" = totalAmount % 100.
 * One place, so the table in the docs and the behaviour cannot drift apart.
 */
public final class Triggers {

    public static final long MIN_TOTAL_AMOUNT = 400;
    public static final String UNKNOWN_CARD_SESSION = "000000";
    public static final String UNKNOWN_STORE_ID = "00000000-0000-0000-0000-000000000000";

    public static final int DECLINED = 1;
    public static final int STAYS_PENDING = 2;
    public static final int SLOW_ACCEPT = 3;
    public static final int DOLYAME_UNAVAILABLE = 4;
    public static final int ASYNC_AVAILABILITY = 5;
    public static final int NOT_ENOUGH_LIMIT = 6;
    public static final int PROVIDER_ERROR = 7;
    public static final int NO_SUBSCRIPTION = 8;
    public static final int REFUND_CANCELED_BY_BANK = 9;
    public static final int REFUND_AMOUNT_MISMATCH = 10;
    public static final int ORDER_NOT_FOUND = 11;
    /** Checkout answers a 422 code that no catalog knows (forward compatibility of the client). */
    public static final int UNKNOWN_ERROR_CODE = 12;
    /** Status answers an unknown status value and an unknown field while undecided, then accepted. */
    public static final int UNKNOWN_STATUS = 13;
    public static final String FUTURE_ERROR_CODE = "SANDBOX_FUTURE_ERROR_CODE";
    public static final String FUTURE_STATUS = "on_hold";

    private final SandboxSettings settings;

    public Triggers(SandboxSettings settings) {
        this.settings = settings;
    }

    public static int ending(long amount) {
        return (int) (amount % 100);
    }

    /** What a checkout of this amount turns into: after how long, which status and errorCode. */
    public Plan paymentPlan(long totalAmount) {
        return switch (ending(totalAmount)) {
            case DECLINED -> new Plan(settings.acceptDelay(), "rejected", "PAYMENT_DECLINED_BY_EXTERNAL_PROVIDER");
            case STAYS_PENDING -> Plan.NEVER;
            case SLOW_ACCEPT -> new Plan(settings.slowAcceptDelay(), "accepted", null);
            case NO_SUBSCRIPTION -> new Plan(Duration.ZERO, "rejected", "SUBSCRIPTION_IS_NOT_FOUND");
            case ORDER_NOT_FOUND -> new Plan(settings.acceptDelay(), "rejected", "PAYMENT_ORDER_IS_NOT_FOUND");
            default -> new Plan(settings.acceptDelay(), "accepted", null);
        };
    }

    /** What a refund on a payment of this amount turns into (refStatus and errorCode). */
    public Plan refundPlan(long paymentAmount) {
        return ending(paymentAmount) == REFUND_CANCELED_BY_BANK
                ? new Plan(settings.acceptDelay(), "rejected", "CANCEL_REFUNDING_BY_BANK")
                : new Plan(settings.acceptDelay(), "accepted", null);
    }

    /** A decision that time brings; {@code after == null} means never. */
    public record Plan(Duration after, String status, String errorCode) {
        static final Plan NEVER = new Plan(null, null, null);
    }
}

package org.kassa.payclient.craftgate;

/**
 * The meal voucher providers (Craftgate "APM types") and which fields each needs (docs/contracts.md#craftgate-calls):
 * card number for METROPOL and EDENRED, GSM number for METROPOL and TOKENFLEX, callback URL for SETCARD,
 * TOKENFLEX, MULTINET and SODEXO; only METROPOL completes with a validation code.
 */
public enum ApmType {
    SODEXO(false, false, true, false),
    EDENRED(true, false, false, false),
    TOKENFLEX(false, true, true, false),
    METROPOL(true, true, false, true),
    MULTINET(false, false, true, false),
    SETCARD(false, false, true, false);

    private final boolean needsCardNumber;
    private final boolean needsGsmNumber;
    private final boolean needsCallbackUrl;
    private final boolean completes;

    ApmType(boolean needsCardNumber, boolean needsGsmNumber, boolean needsCallbackUrl, boolean completes) {
        this.needsCardNumber = needsCardNumber;
        this.needsGsmNumber = needsGsmNumber;
        this.needsCallbackUrl = needsCallbackUrl;
        this.completes = completes;
    }

    public boolean needsCardNumber() {
        return needsCardNumber;
    }

    public boolean needsGsmNumber() {
        return needsGsmNumber;
    }

    public boolean needsCallbackUrl() {
        return needsCallbackUrl;
    }

    /** Whether the flow ends with a {@code complete} call carrying the code the customer received. */
    public boolean completesWithValidationCode() {
        return completes;
    }

    /** The APM type for a name, case-insensitive; a clear error listing the allowed names otherwise. */
    public static ApmType parse(String name) {
        for (ApmType t : values()) {
            if (t.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown APM type '" + name + "'; allowed: "
                + java.util.Arrays.toString(values()).replaceAll("[\\[\\]]", ""));
    }
}

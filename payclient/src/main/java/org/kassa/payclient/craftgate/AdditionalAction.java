package org.kassa.payclient.craftgate;

import java.util.Optional;

/**
 * What the till does next, as Craftgate named it. The raw text is kept, so a value this build does not know
 * is shown as it came instead of being lost (docs/contracts.md#craftgate-calls).
 */
public record AdditionalAction(String raw) {

    /** The values known when this was written (Craftgate's ApmAdditionalAction). */
    public enum Known { REDIRECT_TO_URL, OTP_REQUIRED, SHOW_HTML_CONTENT, WAIT_FOR_WEBHOOK, APPROVAL_REQUIRED,
        VERIFY_REQUIRED, SHOW_QR_CODE, NONE }

    public Optional<Known> known() {
        for (Known k : Known.values()) {
            if (k.name().equals(raw)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    public boolean is(Known k) {
        return k.name().equals(raw);
    }
}

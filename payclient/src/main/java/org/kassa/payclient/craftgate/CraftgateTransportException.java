package org.kassa.payclient.craftgate;

import java.util.Locale;

/**
 * The call did not give a usable answer: no connection, a timeout, an HTTP status without Craftgate's error
 * envelope, a body that is not the expected JSON, or the till's journal could not record it (then it was not
 * sent). {@link #mayHaveBeenProcessed()} says whether the server
 * may have acted on it (then repeat with the same idempotency key, never blindly with a new one).
 */
public final class CraftgateTransportException extends CraftgateException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, also the tip key. JOURNAL: the till's journal refused the call, nothing was sent. */
    public enum Kind { CONNECT, TIMEOUT, HTTP_STATUS, MALFORMED_RESPONSE, JOURNAL }

    private final Kind kind;
    private final boolean mayHaveBeenProcessed;

    public CraftgateTransportException(Kind kind, boolean mayHaveBeenProcessed, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.mayHaveBeenProcessed = mayHaveBeenProcessed;
    }

    public Kind kind() {
        return kind;
    }

    public boolean mayHaveBeenProcessed() {
        return mayHaveBeenProcessed;
    }

    @Override
    public String operatorTip(Locale locale) {
        return MealCardTips.tip(locale, "transport." + kind.name());
    }
}

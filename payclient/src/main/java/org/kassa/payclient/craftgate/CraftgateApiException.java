package org.kassa.payclient.craftgate;

import java.util.Locale;

/**
 * Craftgate answered with its error envelope {@code {"errors":{errorCode, errorDescription, errorGroup}}}.
 * The description is shown with long digit runs hidden, in case a server echoes a card number.
 */
public final class CraftgateApiException extends CraftgateException {
    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String errorCode;
    private final String errorDescription;
    private final String errorGroup;

    public CraftgateApiException(int httpStatus, String errorCode, String errorDescription, String errorGroup) {
        super("Craftgate refused (HTTP " + httpStatus + "): " + errorCode
                + (errorGroup == null ? "" : " " + errorGroup)
                + (errorDescription == null ? "" : ": " + Redact.digits(errorDescription)), null);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.errorDescription = Redact.digits(errorDescription);
        this.errorGroup = errorGroup;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String errorCode() {
        return errorCode;
    }

    public String errorDescription() {
        return errorDescription;
    }

    public String errorGroup() {
        return errorGroup;
    }

    /** A tip for the code if there is one, else for the group, else the generic tip naming the code. */
    @Override
    public String operatorTip(Locale locale) {
        if (MealCardTips.has(locale, "code." + errorCode)) {
            return MealCardTips.tip(locale, "code." + errorCode);
        }
        if (errorGroup != null && MealCardTips.has(locale, "group." + errorGroup)) {
            return MealCardTips.tip(locale, "group." + errorGroup, errorCode);
        }
        return MealCardTips.tip(locale, "unknown", errorCode);
    }
}

package org.kassa.payclient.craftgate;

import java.util.Locale;

/** Any failure of a meal-card call; each kind carries an operator tip in Russian or English. */
public abstract sealed class CraftgateException extends RuntimeException
        permits MealCardValidationException, CraftgateApiException, CraftgateTransportException {
    private static final long serialVersionUID = 1L;

    protected CraftgateException(String message, Throwable cause) {
        super(message, cause);
    }

    /** What the operator should do, in the operator's language. */
    public abstract String operatorTip(Locale locale);
}

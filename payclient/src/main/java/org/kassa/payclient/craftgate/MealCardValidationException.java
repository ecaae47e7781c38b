package org.kassa.payclient.craftgate;

import java.util.Locale;

/** A request that was not sent because a field its APM type needs is missing or malformed. */
public final class MealCardValidationException extends CraftgateException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final ApmType apmType;

    /** {@code message} names the field and the APM type and says what to do; it never holds the value. */
    public MealCardValidationException(String field, ApmType apmType, String message) {
        super(message, null);
        this.field = field;
        this.apmType = apmType;
    }

    /** "cardNumber is required for APM type METROPOL; …". */
    public static MealCardValidationException missing(String field, ApmType apmType, String what) {
        return new MealCardValidationException(field, apmType, field + " is required for APM type " + apmType
                + "; enter the " + what + " and try again");
    }

    /** The JSON field name, e.g. {@code cardNumber}. */
    public String field() {
        return field;
    }

    public ApmType apmType() {
        return apmType;
    }

    @Override
    public String operatorTip(Locale locale) {
        return MealCardTips.tip(locale, "field." + field, apmType.name());
    }
}

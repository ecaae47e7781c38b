package org.kassa.payclient.craftgate.internal;

import java.util.regex.Pattern;
import org.kassa.payclient.craftgate.ApmType;
import org.kassa.payclient.craftgate.CardTokenizationData;
import org.kassa.payclient.craftgate.MealCardValidationException;

/** The checks done before anything is sent, so a missing field is named at the till, not by the server. */
public final class RequestValidator {

    private static final Pattern CARD_NUMBER = Pattern.compile("\\d{8,19}");
    private static final Pattern GSM_NUMBER = Pattern.compile("\\+?\\d{10,15}");
    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    private static final Pattern VALIDATION_CODE = Pattern.compile("[A-Za-z0-9]{1,12}");

    private RequestValidator() {
    }

    public static void tokenizationData(ApmType apm, CardTokenizationData data) {
        if (apm.needsCardNumber()) {
            requirePresent(data.cardNumber(), "cardNumber", apm, "meal card number");
        }
        if (data.cardNumber() != null && !CARD_NUMBER.matcher(data.cardNumber()).matches()) {
            throw new MealCardValidationException("cardNumber", apm, "cardNumber for APM type " + apm
                    + " must be 8 to 19 digits without spaces; re-enter the card number");
        }
        if (apm.needsGsmNumber()) {
            requirePresent(data.gsmNumber(), "gsmNumber", apm, "customer's mobile (GSM) number");
        }
        if (data.gsmNumber() != null && !GSM_NUMBER.matcher(data.gsmNumber()).matches()) {
            throw new MealCardValidationException("gsmNumber", apm, "gsmNumber for APM type " + apm
                    + " must be 10 to 15 digits, optionally starting with +; re-enter the mobile number");
        }
        if (apm.needsCallbackUrl() && data.callbackUrl() == null) {
            throw MealCardValidationException.missing("callbackUrl", apm, "callback URL (mealcard.callbackUrl)");
        }
        if (data.callbackUrl() != null && !isHttpUrl(data.callbackUrl())) {
            throw new MealCardValidationException("callbackUrl", apm, "callbackUrl for APM type " + apm
                    + " must be an absolute http:// or https:// URL; fix mealcard.callbackUrl");
        }
    }

    public static void sessionId(ApmType apm, String sessionId) {
        requirePresent(sessionId, "sessionId", apm, "session id returned by init");
        if (!SESSION_ID.matcher(sessionId).matches()) {
            throw new MealCardValidationException("sessionId", apm, "sessionId for APM type " + apm
                    + " may hold only letters, digits, '-' and '_'; use the id returned by init");
        }
    }

    public static void complete(ApmType apm, String sessionId, String validationCode) {
        if (!apm.completesWithValidationCode()) {
            throw new MealCardValidationException("complete", apm, "complete is only for APM type METROPOL, not for"
                    + " APM type " + apm + "; the card is stored when the customer finishes the provider's page");
        }
        sessionId(apm, sessionId);
        requirePresent(validationCode, "validationCode", apm, "code the customer received by SMS");
        if (!VALIDATION_CODE.matcher(validationCode).matches()) {
            throw new MealCardValidationException("validationCode", apm, "validationCode for APM type " + apm
                    + " must be 1 to 12 letters or digits; re-enter the SMS code");
        }
    }

    private static void requirePresent(String value, String field, ApmType apm, String what) {
        if (value == null || value.isBlank()) {
            throw MealCardValidationException.missing(field, apm, what);
        }
    }

    private static boolean isHttpUrl(java.net.URI uri) {
        return uri.isAbsolute() && uri.getHost() != null
                && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
    }
}

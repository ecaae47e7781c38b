package org.kassa.payclient.tips;

/**
 * What happened and what the operator does next, in the operator's language.
 *
 * @param code  the vendor's or Kassa's code, e.g. NOT_ENOUGH_LIMIT_TO_PAY
 * @param known false when the catalog has no entry and the generic tip naming the code was used
 */
public record OperatorTip(String code, boolean known, String what, String next) {

    /** This tip with the server's own words added to {@code what}, e.g. why a payment type is unavailable. */
    public OperatorTip withServerMessage(String serverMessage) {
        if (serverMessage == null || serverMessage.isBlank()) {
            return this;
        }
        return new OperatorTip(code, known, what + " (" + serverMessage.strip() + ")", next);
    }

    /** One line for a status bar or a log of the operator's screen. */
    public String text() {
        return what + " " + next;
    }
}

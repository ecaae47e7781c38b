package org.kassa.payclient.craftgate;

import java.net.URI;

/**
 * The answer to init or regenerate: the session and what to show next. {@code htmlContent} is already
 * Base64-decoded (MULTINET, SETCARD); {@code redirectUrl} is set for SODEXO and TOKENFLEX. Absent values are
 * null; {@code additionalAction} is null only if the server sent none. toString leaves the HTML out: a
 * provider's form may carry the card number.
 */
public record TokenizationStep(String sessionId, AdditionalAction additionalAction, String htmlContent, URI redirectUrl) {

    @Override
    public String toString() {
        return "TokenizationStep[sessionId=" + sessionId + ", additionalAction="
                + (additionalAction == null ? null : additionalAction.raw()) + ", htmlContent="
                + (htmlContent == null ? null : htmlContent.length() + " chars") + ", redirectUrl=" + redirectUrl + "]";
    }
}

package org.kassa.sandbox.craftgate;

import java.util.ArrayList;
import java.util.List;
import org.kassa.payclient.craftgate.ApmType;

/**
 * The provider pages of the sandbox: a card choice form (sent Base64 in {@code htmlContent} for MULTINET and
 * SETCARD, served at the redirect URL for SODEXO and TOKENFLEX) and the result page after it is submitted.
 */
final class SandboxPages {

    /** A card the provider "knows" for every customer; stored with SUCCESS. */
    static final String GOOD_CARD = "7599000011111920";
    /** A card the provider declines: the callback says FAILURE. */
    static final String DECLINED_CARD = "7599000000000000";

    private SandboxPages() {
    }

    static String cardChoice(ApmType apm, String actionUrl, String cardFromInit) {
        List<String> cards = new ArrayList<>();
        if (cardFromInit != null && !cardFromInit.equals(GOOD_CARD) && !cardFromInit.equals(DECLINED_CARD)) {
            cards.add(cardFromInit);
        }
        cards.add(GOOD_CARD);
        cards.add(DECLINED_CARD);
        StringBuilder options = new StringBuilder();
        for (int i = 0; i < cards.size(); i++) {
            String card = cards.get(i);
            options.append("<p><label><input type=\"radio\" name=\"card\" value=\"").append(escape(card)).append('"')
                    .append(i == 0 ? " checked" : "").append("> ").append(escape(mask(card)))
                    .append(card.equals(DECLINED_CARD) ? " (the provider declines it)" : "").append("</label></p>\n");
        }
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + apm + " meal card (Kassa sandbox)"
                + "</title></head><body>\n<h1>" + apm + " meal card (Kassa sandbox)</h1>\n"
                + "<p>Choose the card to store.</p>\n<form method=\"post\" action=\"" + escape(actionUrl) + "\">\n"
                + options + "<button type=\"submit\">Store card</button>\n</form>\n</body></html>\n";
    }

    static String result(boolean stored, DeliveredCallback delivery) {
        String callback = delivery == null ? "no callback URL was given"
                : "callback answered HTTP " + delivery.httpStatus();
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Kassa sandbox</title></head><body>\n<h1>"
                + (stored ? "Card stored" : "Card declined") + "</h1>\n<p>You can return to the till ("
                + escape(callback) + ").</p>\n</body></html>\n";
    }

    /** 7599000011111920 -> 7599********1920, as Craftgate masks. */
    static String mask(String card) {
        if (card.length() < 9) {
            return "*".repeat(card.length());
        }
        return card.substring(0, 4) + "*".repeat(card.length() - 8) + card.substring(card.length() - 4);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

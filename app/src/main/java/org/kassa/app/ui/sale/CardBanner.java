package org.kassa.app.ui.sale;

import org.kassa.app.ui.core.UiMessage;
import org.kassa.till.loyalty.ScanOutcome;

/**
 * What the loyalty banner says after a card scan, in the till's own words (bundle keys {@code scan.*}), and
 * whether it is good news (Koshelek Pay possible), neutral (card kept) or a problem (ask for a new barcode).
 */
public record CardBanner(UiMessage message, Tone tone) {

    public enum Tone { PAY, CARD, PROBLEM }

    /** The banner for a scan outcome, or null when the scan was not about a card (a product). */
    public static CardBanner of(ScanOutcome outcome, String code) {
        return switch (outcome.kind()) {
            case CARD_WITH_SESSION -> new CardBanner(scan(outcome, outcome.card().masked()), Tone.PAY);
            case CARD_WITHOUT_SESSION, PLAIN_CARD -> new CardBanner(scan(outcome, outcome.card().masked()), Tone.CARD);
            case CARD_REFUSED -> new CardBanner(scan(outcome, String.valueOf(outcome.reason())), Tone.PROBLEM);
            case UNKNOWN_CODE, PRODUCT_ADDED -> null;
        };
    }

    private static UiMessage scan(ScanOutcome outcome, String arg) {
        return UiMessage.till("scan." + outcome.kind().name(), arg);
    }
}

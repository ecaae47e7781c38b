package org.kassa.till.loyalty;

import org.kassa.till.sale.LoyaltyCard;
import org.kassa.till.sale.SaleLine;

/**
 * What one scan did to the sale, for the screen and the CLI.
 *
 * @param kind   the outcome
 * @param line   the line added (PRODUCT_ADDED), else null
 * @param card   the card attached (the CARD_ kinds), else null
 * @param reason why a Koshelek barcode was refused (the verifier's reason), else null
 */
public record ScanOutcome(Kind kind, SaleLine line, LoyaltyCard card, String reason) {

    public enum Kind {
        /** A catalog product by barcode. */
        PRODUCT_ADDED,
        /** A Koshelek card with a valid password and a session: Koshelek Pay is offered. */
        CARD_WITH_SESSION,
        /** A Koshelek card with a valid password and no session: the card counts, Koshelek Pay is not offered. */
        CARD_WITHOUT_SESSION,
        /** A card from before the integration (no prefix, no password): kept as the loyalty card. */
        PLAIN_CARD,
        /** A Koshelek barcode whose password is wrong, expired or already used: the operator is told. */
        CARD_REFUSED,
        /** Neither a known product nor a card. */
        UNKNOWN_CODE
    }

    public static ScanOutcome product(SaleLine line) {
        return new ScanOutcome(Kind.PRODUCT_ADDED, line, null, null);
    }

    public static ScanOutcome card(Kind kind, LoyaltyCard card) {
        return new ScanOutcome(kind, null, card, null);
    }

    public static ScanOutcome refused(String reason) {
        return new ScanOutcome(Kind.CARD_REFUSED, null, null, reason);
    }

    public static ScanOutcome unknown() {
        return new ScanOutcome(Kind.UNKNOWN_CODE, null, null, null);
    }
}

package org.kassa.app.till;

import java.security.SecureRandom;
import org.kassa.totp.BarcodeGenerator;
import org.kassa.totp.TotpSettings;

/**
 * Loyalty-card barcodes as the Koshelek app would show them now, for training mode only (the sandbox knows
 * the training TOTP key). Each card with a session gets a fresh session: the sandbox, like the vendor, refuses a
 * second payment on one session.
 */
public final class TrainingCards {

    /** Training cards are numbered 7770…: easy to tell from a customer's card in the store and the journal. */
    public static final String CARD_PREFIX = "7770";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final TotpSettings totp;
    private final BarcodeGenerator generator;
    private final SecureRandom random = new SecureRandom();

    public TrainingCards(TotpSettings totp) {
        this.totp = totp;
        this.generator = new BarcodeGenerator(totp);
    }

    /**
     * A card of its own (random number) with a fresh session: a password once used for a card is refused again
     * within its time step (replay protection), so two customers in one demo carry two cards.
     */
    public String withSession() {
        StringBuilder session = new StringBuilder();
        for (int i = 0; i < totp.cardSessionLength(); i++) {
            session.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return generator.barcode(cardNumber(), session.toString(), System.currentTimeMillis() / 1000);
    }

    public String withoutSession() {
        return generator.barcode(cardNumber(), null, System.currentTimeMillis() / 1000);
    }

    private String cardNumber() {
        return CARD_PREFIX + String.format(java.util.Locale.ROOT, "%09d", random.nextInt(1_000_000_000));
    }

    /** A barcode with the right layout and a wrong password: what an old screenshot looks like. */
    public String withWrongPassword() {
        String valid = withSession();
        int cut = valid.length() - totp.passLength();
        String password = valid.substring(cut);
        String wrong = password.charAt(0) == '0' ? "1" + password.substring(1) : "0" + password.substring(1);
        return valid.substring(0, cut) + wrong;
    }
}

package org.kassa.totp;

import org.kassa.totp.internal.Hotp;

/**
 * Makes the barcode the Koshelek app would show for a card: used by training mode, the sandbox and tests.
 * A till never needs it to take payments.
 */
public final class BarcodeGenerator {

    private final TotpSettings settings;
    private final Hotp hotp;

    public BarcodeGenerator(TotpSettings settings) {
        this.settings = settings;
        this.hotp = new Hotp(settings.algorithm(), settings.keyBytes(), settings.passLength());
    }

    /** The RFC 6238 password for the step that contains {@code epochSecond}. */
    public String password(long epochSecond) {
        return hotp.password(Math.floorDiv(epochSecond, settings.intervalSeconds()));
    }

    /**
     * {@code prefix + cardNumber + delimiter + [cardSession + delimiter] + password}.
     *
     * @param cardSession the Koshelek Pay session, or null for a card without Koshelek Pay
     * @throws IllegalArgumentException when the card number or session does not fit the layout
     */
    public String barcode(String cardNumber, String cardSession, long epochSecond) {
        if (cardNumber == null || !cardNumber.matches("[A-Za-z0-9]{1,32}")) {
            throw new IllegalArgumentException("card number must be 1..32 Latin letters or digits");
        }
        if (cardSession != null && !cardSession.matches("[A-Za-z0-9]{" + settings.cardSessionLength() + "}")) {
            throw new IllegalArgumentException("card session must be exactly " + settings.cardSessionLength()
                    + " Latin letters or digits");
        }
        StringBuilder b = new StringBuilder(settings.prefix()).append(cardNumber).append(settings.delimiter());
        if (cardSession != null) {
            b.append(cardSession).append(settings.delimiter());
        }
        return b.append(password(epochSecond)).toString();
    }
}

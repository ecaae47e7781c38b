package org.kassa.sandbox.internal.pay;

import java.security.SecureRandom;
import java.util.UUID;

/** Identifiers as the vendor's look: 36-character GUIDs, a 32-character SBP qrcId and a 6-digit kzo. */
final class Ids {

    private static final String QRC_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    static String guid() {
        return UUID.randomUUID().toString();
    }

    /** An SBP operation id such as {@code AD10006M8KH3ASPR8V6PTUTKL8S5I5KG}. */
    static String qrcId() {
        StringBuilder id = new StringBuilder("AD1");
        while (id.length() < 32) {
            id.append(QRC_ALPHABET.charAt(RANDOM.nextInt(QRC_ALPHABET.length())));
        }
        return id.toString();
    }

    static String kzo() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    static Checkout.SlipIds slipIds(String paymentType) {
        boolean sbp = "SBP".equals(paymentType);
        return new Checkout.SlipIds(guid(), guid(), sbp ? qrcId() : null, sbp ? kzo() : null);
    }
}

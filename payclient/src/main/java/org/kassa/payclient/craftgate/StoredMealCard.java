package org.kassa.payclient.craftgate;

import java.math.BigDecimal;

/** The answer to complete (METROPOL): the stored card as Craftgate shows it, and its balance. */
public record StoredMealCard(String sessionId, String maskedCardNumber, String fingerprint, BigDecimal balance) {
}

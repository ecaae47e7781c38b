package org.kassa.payclient.callback;

/**
 * A verified meal-card callback: the session, Craftgate's status (SUCCESS or FAILURE, kept as sent), and
 * for a stored card its masked number and fingerprint (null when Craftgate sent none).
 */
public record TokenizationResult(String sessionId, String status, String maskedCardNumber, String fingerprint) {

    public boolean succeeded() {
        return "SUCCESS".equals(status);
    }
}

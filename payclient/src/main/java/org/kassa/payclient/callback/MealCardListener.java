package org.kassa.payclient.callback;

/**
 * Receives each verified tokenization result once. Called on a receiver thread; if it throws, the callback
 * is answered with HTTP 500 and not marked as received, so Craftgate's repeat is delivered again.
 */
@FunctionalInterface
public interface MealCardListener {
    void onTokenization(TokenizationResult result);
}

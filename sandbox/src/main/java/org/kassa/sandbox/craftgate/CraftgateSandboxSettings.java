package org.kassa.sandbox.craftgate;

import java.util.Objects;

/**
 * The sandbox's merchant: the API and secret keys it expects in signatures, the callback key it hashes
 * callbacks with, and the SMS code every METROPOL card "receives". toString hides the keys.
 */
public record CraftgateSandboxSettings(String apiKey, String secretKey, String callbackKey, String otpCode) {

    /** The documented training SMS code for METROPOL. */
    public static final String TRAINING_OTP_CODE = "123456";

    public CraftgateSandboxSettings {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(callbackKey, "callbackKey");
        Objects.requireNonNull(otpCode, "otpCode");
    }

    /** The same values as the training defaults in kassa.properties. */
    public static CraftgateSandboxSettings training() {
        return new CraftgateSandboxSettings("training-api-key", "training-secret-key",
                "kassaTrainingCallbackKey00000001", TRAINING_OTP_CODE);
    }

    @Override
    public String toString() {
        return "CraftgateSandboxSettings[apiKey=(set), secretKey=(set), callbackKey=(set), otpCode=(set)]";
    }
}

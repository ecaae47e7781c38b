package org.kassa.payclient;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the client and the workflows need from configuration.
 *
 * @param baseUrl            Pay API base URL (test, production, the sandbox or a proxy); may carry a path prefix
 * @param login              HTTP Basic login
 * @param password           HTTP Basic password (never printed)
 * @param storeId            the store id issued by Koshelek (36 characters)
 * @param terminalId         this till's id, chosen by the merchant
 * @param paymentPurpose     optional purpose sent with the payment method; null when not configured
 * @param connectTimeout     TCP connect timeout
 * @param responseTimeout    time to wait for an answer once the request is sent
 * @param retry              resends of one request
 * @param polling            status polling rules
 * @param allowed            enum values the till accepts
 * @param availabilityInfo   whether a payment asks availability-info first (optional call)
 * @param sendReceipt        whether a completed payment's fiscal receipt is sent (optional call)
 */
public record PaySettings(URI baseUrl, String login, String password, String storeId, String terminalId,
                          String paymentPurpose, Duration connectTimeout, Duration responseTimeout,
                          RetryPolicy retry, PollingPolicy polling, AllowedValues allowed,
                          boolean availabilityInfo, boolean sendReceipt) {

    public static final String TRAINING_STORE_ID = "00000000-0000-4000-8000-000000000001";

    public PaySettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(polling, "polling");
        Objects.requireNonNull(allowed, "allowed");
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("base URL " + baseUrl + " must start with https:// or http://");
        }
    }

    /** Training defaults against a sandbox (or any Pay API) at {@code baseUrl}. */
    public static PaySettings training(URI baseUrl) {
        return new PaySettings(baseUrl, "training", "training", TRAINING_STORE_ID, "kassa-training-01", null,
                Duration.ofSeconds(2), Duration.ofSeconds(10),
                new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1)),
                PollingPolicy.vendorDefaults(), AllowedValues.v121(), true, false);
    }

    public PaySettings withBaseUrl(URI url) {
        return new PaySettings(url, login, password, storeId, terminalId, paymentPurpose, connectTimeout,
                responseTimeout, retry, polling, allowed, availabilityInfo, sendReceipt);
    }

    public PaySettings withCredentials(String newLogin, String newPassword) {
        return new PaySettings(baseUrl, newLogin, newPassword, storeId, terminalId, paymentPurpose, connectTimeout,
                responseTimeout, retry, polling, allowed, availabilityInfo, sendReceipt);
    }

    public PaySettings withTimeouts(Duration connect, Duration response) {
        return new PaySettings(baseUrl, login, password, storeId, terminalId, paymentPurpose, connect, response,
                retry, polling, allowed, availabilityInfo, sendReceipt);
    }

    public PaySettings withRetry(RetryPolicy policy) {
        return new PaySettings(baseUrl, login, password, storeId, terminalId, paymentPurpose, connectTimeout,
                responseTimeout, policy, polling, allowed, availabilityInfo, sendReceipt);
    }

    public PaySettings withPolling(PollingPolicy policy) {
        return new PaySettings(baseUrl, login, password, storeId, terminalId, paymentPurpose, connectTimeout,
                responseTimeout, retry, policy, allowed, availabilityInfo, sendReceipt);
    }

    public PaySettings withAvailabilityInfo(boolean enabled) {
        return new PaySettings(baseUrl, login, password, storeId, terminalId, paymentPurpose, connectTimeout,
                responseTimeout, retry, polling, allowed, enabled, sendReceipt);
    }

    public PaySettings withSendReceipt(boolean enabled) {
        return new PaySettings(baseUrl, login, password, storeId, terminalId, paymentPurpose, connectTimeout,
                responseTimeout, retry, polling, allowed, availabilityInfo, enabled);
    }

    /** Keeps the password out of logs. */
    @Override
    public String toString() {
        return "PaySettings[baseUrl=" + baseUrl + ", login=" + login + ", password=(hidden), storeId=" + storeId
                + ", terminalId=" + terminalId + ", connectTimeout=" + connectTimeout + ", responseTimeout="
                + responseTimeout + ", retry=" + retry + ", polling=" + polling + ", availabilityInfo="
                + availabilityInfo + ", sendReceipt=" + sendReceipt + "]";
    }
}

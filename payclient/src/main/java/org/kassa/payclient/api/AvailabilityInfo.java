package org.kassa.payclient.api;

import java.util.List;
import java.util.Optional;

/**
 * The list of payment types (synchronous 200 of the task, or the deprecated poll answer, which also carries
 * {@code availabilityInfoId}, {@code computationComplete} and {@code pollingTimeout} in milliseconds).
 * {@code koshelekPayIsDefault} asks the till to preselect Koshelek Pay; each type may carry the server's
 * {@code message} (the vendor has no message for the answer as a whole).
 */
public record AvailabilityInfo(String availabilityInfoId, Boolean computationComplete, Long pollingTimeout,
                               Boolean koshelekPayIsDefault,
                               List<PaymentTypeAvailability> paymentTypeAvailabilityInfoList) {

    public AvailabilityInfo {
        paymentTypeAvailabilityInfoList = paymentTypeAvailabilityInfoList == null ? List.of()
                : List.copyOf(paymentTypeAvailabilityInfoList);
    }

    /** A synchronous answer has no computationComplete field and is complete. */
    public boolean complete() {
        return computationComplete == null || computationComplete;
    }

    /** True when the till should preselect and start Koshelek Pay by default (the server's flag). */
    public boolean isKoshelekPayDefault() {
        return Boolean.TRUE.equals(koshelekPayIsDefault);
    }

    /** The server's message about one payment type (e.g. why it is unavailable), when it sent a non-blank one. */
    public Optional<String> message(String paymentType) {
        return paymentTypeAvailabilityInfoList.stream()
                .filter(p -> paymentType.equals(p.paymentType()) && p.message() != null && !p.message().isBlank())
                .map(p -> p.message().strip()).findFirst();
    }

    /** "TYPE: message" of every unavailable type with a message, joined by "; "; null when there is none. */
    public String unavailableMessages() {
        String joined = paymentTypeAvailabilityInfoList.stream()
                .filter(p -> !p.available() && p.message() != null && !p.message().isBlank())
                .map(p -> p.paymentType() + ": " + p.message().strip())
                .collect(java.util.stream.Collectors.joining("; "));
        return joined.isEmpty() ? null : joined;
    }

    public boolean available(String paymentType) {
        return paymentTypeAvailabilityInfoList.stream()
                .anyMatch(p -> p.available() && paymentType.equals(p.paymentType()));
    }
}

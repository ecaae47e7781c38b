package org.kassa.payclient.api;

import java.util.List;

/**
 * The list of payment types (synchronous 200 of the task, or the deprecated poll answer, which also carries
 * {@code availabilityInfoId}, {@code computationComplete} and {@code pollingTimeout} in milliseconds).
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

    public boolean available(String paymentType) {
        return paymentTypeAvailabilityInfoList.stream()
                .anyMatch(p -> p.available() && paymentType.equals(p.paymentType()));
    }
}

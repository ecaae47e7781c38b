package org.kassa.payclient.api;

/** The deprecated asynchronous answer (HTTP 201): poll {@code location} after {@code timeout} ms. */
public record AvailabilityTask(String availabilityInfoId, Long timeout) {
}

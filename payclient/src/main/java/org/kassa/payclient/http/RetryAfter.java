package org.kassa.payclient.http;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The {@code Retry-After} header of a 429 or 503 (RFC 9110 §10.2.3): delta-seconds or an HTTP-date. Anything
 * else is ignored (the policy's own backoff applies); a date in the past means "now".
 */
final class RetryAfter {

    private RetryAfter() {
    }

    /** How long the server asks to wait, when the status carries the header and it can be read. */
    static Optional<Duration> requested(int status, String header, Clock clock) {
        if ((status != 429 && status != 503) || header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            } catch (NumberFormatException tooLong) {
                return Optional.of(Duration.ofSeconds(Long.MAX_VALUE / 1000));
            }
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(clock.instant(), at.toInstant());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

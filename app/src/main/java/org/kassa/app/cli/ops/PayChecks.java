package org.kassa.app.cli.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import org.kassa.app.cli.ops.Check.Status;
import org.kassa.app.config.KassaSettings;
import org.kassa.payclient.CallListener;
import org.kassa.payclient.PayBusinessException;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.PayException;
import org.kassa.payclient.PayNetworkException;
import org.kassa.payclient.api.StatusRequest;
import org.kassa.totp.Passcodes;

/**
 * The Pay API: reachable and the credentials accepted, by the status of a transaction that cannot exist (no
 * money moves; the vendor answers 422 UNKNOWN_TRANSACTION_ID to a caller it authenticated, 401 to one it did
 * not), and the clock against the server's {@code Date} header (TOTP barcodes depend on it).
 */
final class PayChecks {

    /** Beyond this the clock gets a warning; barcodes fail at half an interval (15 s with the defaults). */
    static final Duration CLOCK_WARN = Duration.ofSeconds(5);

    private final DoctorTexts texts;

    PayChecks(DoctorTexts texts) {
        this.texts = texts;
    }

    Check pay(KassaSettings settings, URI baseUrl) {
        String where = baseUrl.toString();
        try (PayClient client = PayClient.create(settings.pay().client(baseUrl), Passcodes.create(settings.totp()),
                settings.pay().tips())) {
            String requestId = UUID.randomUUID().toString();
            client.status(client.prepare(new StatusRequest(requestId, UUID.randomUUID().toString(), null)),
                    "doctor", CallListener.NONE);
            return texts.check("pay", Status.OK, "pay.ok", where);
        } catch (PayBusinessException e) {
            // Any business answer comes from a server that authenticated us; unknown id is the expected one.
            return texts.check("pay", Status.OK, "pay.ok", where);
        } catch (PayNetworkException e) {
            return texts.check("pay", Status.PROBLEM, "pay.unreachable", where, e.getMessage());
        } catch (PayException e) {
            if ("AUTHENTICATION_FAILED".equals(e.code())) {
                return texts.check("pay", Status.PROBLEM, "pay.refused", where);
            }
            return texts.check("pay", Status.PROBLEM, "pay.unexpected", where, e.getMessage());
        }
    }

    Check clock(URI baseUrl) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest get = HttpRequest.newBuilder(baseUrl).timeout(Duration.ofSeconds(5))
                .GET().build();
        try {
            Instant before = Instant.now();
            HttpResponse<Void> reply = http.send(get, HttpResponse.BodyHandlers.discarding());
            Instant after = Instant.now();
            Optional<Instant> server = reply.headers().firstValue("Date").flatMap(PayChecks::httpDate);
            if (server.isEmpty()) {
                return texts.check("clock", Status.WARN, "clock.noDate", baseUrl.toString());
            }
            // The Date header has whole seconds: compare with the middle of the exchange, rounded the same way.
            Instant local = before.plus(Duration.between(before, after).dividedBy(2));
            long offset = server.get().getEpochSecond() - local.getEpochSecond();
            String seconds = Long.toString(offset);
            if (Math.abs(offset) > CLOCK_WARN.toSeconds()) {
                return texts.check("clock", Status.WARN, "clock.off", seconds);
            }
            return texts.check("clock", Status.OK, "clock.ok", seconds);
        } catch (IOException e) {
            return texts.check("clock", Status.WARN, "clock.unreachable", baseUrl.toString(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return texts.check("clock", Status.WARN, "clock.unreachable", baseUrl.toString(), "interrupted");
        }
    }

    private static Optional<Instant> httpDate(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

package org.kassa.sandbox.internal.pay;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.Supplier;
import org.kassa.sandbox.internal.http.Answer;

/** The seven Pay API v1.2.1 calls: read the request, ask the ledger, shape the answer. */
final class PayEndpoints {

    static final String BASE = "/api/v1/merchant";
    static final String AVAILABILITY_TASK = BASE + "/availability-info/task";
    static final String AVAILABILITY_POLL = BASE + "/availability-info/";
    static final String CHECKOUT = BASE + "/checkout";
    static final String STATUS = BASE + "/transaction/status";
    static final String RECEIPT = BASE + "/transaction/receipt";
    static final String CANCEL = BASE + "/transaction/cancel";
    static final String REFUND = BASE + "/transaction/refund";
    private static final Set<String> PAYMENT_TYPES = Set.of("SBP", "DOLYAME");
    private static final Pattern WELL_FORMED_SESSION = Pattern.compile("[A-Za-z0-9]{1,32}");

    private final Ledger ledger;
    private final Idempotency idempotency = new Idempotency();
    private final AvailabilityTasks availability = new AvailabilityTasks();

    PayEndpoints(Ledger ledger) {
        this.ledger = ledger;
    }

    Answer availabilityTask(RequestJson request) {
        return idempotent(AVAILABILITY_TASK, request, () -> {
            knownStore(request);
            knownSession(request.textOf("cardsession", "cardSession"));
            long total = request.kopecks("checkoutInvoice.totalAmount");
            if (Triggers.ending(total) != Triggers.ASYNC_AVAILABILITY) {
                return Answer.json(200, AvailabilityTasks.list(total));
            }
            var started = availability.start(total);
            return Answer.json(201, started)
                    .withHeader("Location", AVAILABILITY_POLL + started.get("availabilityInfoId").asText());
        });
    }

    Answer availabilityPoll(String availabilityInfoId) {
        return Answer.json(200, availability.poll(availabilityInfoId));
    }

    Answer checkout(RequestJson request) {
        return idempotent(CHECKOUT, request, () -> {
            knownStore(request);
            String cardSession = request.textOf("cardSession", "cardsession");
            knownSession(cardSession);
            String paymentType = paymentType(request);
            Checkout checkout = new Checkout(request.requestId(), cardSession, request.text("storeId"),
                    request.text("terminalId"), request.text("checkoutInvoice.orderId"),
                    request.kopecks("checkoutInvoice.totalAmount"), paymentType, Ids.slipIds(paymentType));
            return Answer.json(200, ledger.checkout(checkout));
        });
    }

    /** Not remembered by requestId: a status call changes nothing, so a fresh answer is always right. */
    Answer status(RequestJson request) {
        return Answer.json(200, ledger.status(request.requestId(), request.optionalText("transactionId"),
                request.optionalText("refTransactionId")));
    }

    Answer receipt(RequestJson request) {
        return idempotent(RECEIPT, request, () -> {
            knownStore(request);
            request.text("terminalId");
            if (!request.at("invoice").isObject()) {
                throw new BadRequest("invoice is missing; it must be the fiscal receipt object");
            }
            ledger.receipt(request.text("transactionId"));
            return Answer.empty(200);
        });
    }

    Answer cancel(RequestJson request) {
        return idempotent(CANCEL, request, () -> {
            knownStore(request);
            request.text("terminalId");
            return Answer.json(200, ledger.cancel(request.requestId(), request.text("transactionId")));
        });
    }

    Answer refund(RequestJson request) {
        return idempotent(REFUND, request, () -> {
            knownStore(request);
            request.text("terminalId");
            long amount = request.kopecks("refundAmount");
            if (amount <= 0) {
                throw new BadRequest("refundAmount must be positive, got " + amount);
            }
            JsonNode items = request.at("items");
            if (!items.isArray() || items.isEmpty()) {
                throw new BadRequest("items is missing; list the refunded items and quantities");
            }
            return Answer.json(200, ledger.refund(request.requestId(), request.text("transactionId"), amount));
        });
    }

    private Answer idempotent(String path, RequestJson request, Supplier<Answer> work) {
        String requestId = request.requestId();
        return idempotency.once(path, requestId, () -> {
            try {
                return work.get();
            } catch (PayError e) {
                return e.toAnswer();
            }
        });
    }

    private static String paymentType(RequestJson request) {
        JsonNode type = request.at("paymentMethods.0.type");
        if (type.isMissingNode() || type.isNull()) {
            return "SBP";
        }
        if (!PAYMENT_TYPES.contains(type.asText())) {
            throw new BadRequest("paymentMethods[0].type must be SBP or DOLYAME, got " + type);
        }
        return type.asText();
    }

    private static void knownStore(RequestJson request) {
        if (Triggers.UNKNOWN_STORE_ID.equals(request.text("storeId"))) {
            throw new PayError("UNKNOWN_PARTNER_ID", "storeId " + Triggers.UNKNOWN_STORE_ID + " belongs to no merchant");
        }
    }

    /** Any 1..32 Latin letters and digits are a session, except the documented trigger value. */
    private static void knownSession(String cardSession) {
        if (Triggers.UNKNOWN_CARD_SESSION.equals(cardSession) || !WELL_FORMED_SESSION.matcher(cardSession).matches()) {
            throw new PayError("UNKNOWN_SESSION_ID", "cardSession is unknown or not 1..32 Latin letters and digits; "
                    + "scan the loyalty card again");
        }
    }
}

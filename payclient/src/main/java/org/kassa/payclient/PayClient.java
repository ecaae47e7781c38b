package org.kassa.payclient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Optional;
import org.kassa.payclient.api.AvailabilityInfo;
import org.kassa.payclient.api.AvailabilityTask;
import org.kassa.payclient.api.CheckoutResponse;
import org.kassa.payclient.api.OperationResponse;
import org.kassa.payclient.api.PayRequest;
import org.kassa.payclient.api.RefStatus;
import org.kassa.payclient.api.StatusResponse;
import org.kassa.payclient.http.HttpReply;
import org.kassa.payclient.http.PayJson;
import org.kassa.payclient.http.PayTransport;
import org.kassa.payclient.http.RawSlip;
import org.kassa.payclient.http.ReplyDecoder;
import org.kassa.payclient.tips.OperatorTips;
import org.kassa.totp.PasscodeVerify;

/**
 * The Pay API v1.2.1 client. A request is first {@linkplain #prepare prepared} into the exact bytes that
 * every send and resend uses; each call then reports every attempt to a {@link CallListener} before it goes
 * out. Thread-safe; one instance (one connection pool) per till.
 */
public final class PayClient implements AutoCloseable {

    private final PaySettings settings;
    private final OperatorTips tips;
    private final PayTransport transport;
    private final ReplyDecoder decoder;

    private PayClient(PaySettings settings, PasscodeVerify passcodes, OperatorTips tips) {
        this.settings = settings;
        this.tips = tips;
        this.transport = new PayTransport(settings, passcodes, tips, new SecureRandom());
        this.decoder = new ReplyDecoder(tips);
    }

    public static PayClient create(PaySettings settings, PasscodeVerify passcodes, OperatorTips tips) {
        return new PayClient(settings, passcodes, tips);
    }

    public PaySettings settings() {
        return settings;
    }

    public OperatorTips tips() {
        return tips;
    }

    /** Serializes a request once: these bytes are what is tokenized, journaled, sent and resent. */
    public OutgoingCall prepare(PayRequest request) {
        return new OutgoingCall(request.operation(), request.operation().path(), request.requestId(),
                PayJson.write(request));
    }

    public AvailabilityAnswer availability(OutgoingCall call, String step, CallListener listener) {
        expect(call, Operation.AVAILABILITY);
        HttpReply reply = transport.exchange(step, call, listener);
        if (reply.status() == 201) {
            AvailabilityTask task = decoder.decode(call, reply, 201, AvailabilityTask.class,
                    t -> t.availabilityInfoId() != null && !t.availabilityInfoId().isBlank());
            return new AvailabilityAnswer.Deferred(task, pollCall(call.requestId(), task, reply.location()));
        }
        return new AvailabilityAnswer.Ready(decoder.decode(call, reply, 200, AvailabilityInfo.class, i -> true));
    }

    /** One GET of the deprecated asynchronous availability-info. */
    public AvailabilityInfo pollAvailability(OutgoingCall poll, String step, CallListener listener) {
        expect(poll, Operation.AVAILABILITY_POLL);
        return decoder.decode(poll, transport.exchange(step, poll, listener), 200, AvailabilityInfo.class,
                i -> i.computationComplete() != null);
    }

    /** The checkout's answer; its slip keeps its exact text in {@link org.kassa.payclient.api.Slip#rawJson()}. */
    public CheckoutResponse checkout(OutgoingCall call, String step, CallListener listener) {
        expect(call, Operation.CHECKOUT);
        HttpReply reply = transport.exchange(step, call, listener);
        CheckoutResponse r = decoder.decode(call, reply, 200, CheckoutResponse.class,
                c -> c.errorCode() != null || (present(c.transactionId()) && c.status() != null));
        if (r.errorCode() != null) {
            throw decoder.errorCode(call, r.errorCode());
        }
        return r.slip() == null ? r : r.withSlip(r.slip().withRawJson(RawSlip.of(reply.body())));
    }

    /**
     * The status of a payment, or of a cancel/refund when the request names its refTransactionId. Sent once:
     * the poller's own interval is the resend, which keeps the vendor's minimum spacing between calls.
     */
    public StatusResponse status(OutgoingCall call, String step, CallListener listener) {
        expect(call, Operation.STATUS);
        HttpReply reply = transport.exchange(step, call, listener, RetryPolicy.none());
        return withRawSlip(decoder.decode(call, reply, 200, StatusResponse.class,
                s -> s.status() != null || s.refStatus() != null), reply.body());
    }

    public void receipt(OutgoingCall call, String step, CallListener listener) {
        expect(call, Operation.RECEIPT);
        HttpReply reply = transport.exchange(step, call, listener);
        if (reply.status() != 200) {
            decoder.decode(call, reply, 200, Object.class, o -> true);
        }
    }

    public OperationResponse cancel(OutgoingCall call, String step, CallListener listener) {
        expect(call, Operation.CANCEL);
        return operation(call, step, listener);
    }

    public OperationResponse refund(OutgoingCall call, String step, CallListener listener) {
        expect(call, Operation.REFUND);
        return operation(call, step, listener);
    }

    private OperationResponse operation(OutgoingCall call, String step, CallListener listener) {
        HttpReply reply = transport.exchange(step, call, listener);
        OperationResponse r = decoder.decode(call, reply, 200, OperationResponse.class,
                o -> o.errorCode() != null || o.refStatus() != null || o.status() != null);
        // A rejected reference transaction carries its reason in errorCode: an outcome, not a failed call.
        if (r.errorCode() != null && !RefStatus.REJECTED.equals(r.refStatus())) {
            throw decoder.errorCode(call, r.errorCode());
        }
        return r.slip() == null ? r : r.withSlip(r.slip().withRawJson(RawSlip.of(reply.body())));
    }

    private static StatusResponse withRawSlip(StatusResponse s, byte[] body) {
        return s.slip() == null ? s : s.withSlip(s.slip().withRawJson(RawSlip.of(body)));
    }

    /**
     * Reads a postback body (the same object as a status answer). Empty when it is not one; a postback is only
     * a hint: pass its transactionId to {@code PaymentWorkflow.postbackReceived}, which confirms by a status call.
     */
    public static Optional<StatusResponse> parsePostback(byte[] body) {
        try {
            StatusResponse s = PayJson.read(body, StatusResponse.class);
            return s == null || s.transactionId() == null ? Optional.empty() : Optional.of(withRawSlip(s, body));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The poll of a deferred availability task: the Location path when it is a relative path of the API
     * (never another host, which would receive our credentials), else the documented path with the id.
     */
    private static OutgoingCall pollCall(String requestId, AvailabilityTask task, String location) {
        String prefix = Operation.AVAILABILITY_POLL.path();
        String path = location != null && location.startsWith(prefix) && !location.contains("//")
                ? location : prefix + task.availabilityInfoId();
        return new OutgoingCall(Operation.AVAILABILITY_POLL, path, requestId, null);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static void expect(OutgoingCall call, Operation operation) {
        if (call.operation() != operation) {
            throw new IllegalArgumentException("expected a " + operation + " call, got " + call.operation());
        }
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

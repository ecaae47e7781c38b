package org.kassa.payclient.http;

import java.io.IOException;
import java.util.function.Predicate;
import org.kassa.payclient.OutgoingCall;
import org.kassa.payclient.PayBusinessException;
import org.kassa.payclient.PayProtocolException;
import org.kassa.payclient.api.ErrorBody;
import org.kassa.payclient.tips.OperatorTips;
import org.kassa.payclient.tips.TipCodes;

/**
 * Turns an HTTP answer into a typed value or a typed error: 422 → business error with the vendor's code;
 * 401/403 → authentication; anything unreadable → protocol error. Never lets a parser exception escape.
 */
public final class ReplyDecoder {

    private final OperatorTips tips;

    public ReplyDecoder(OperatorTips tips) {
        this.tips = tips;
    }

    /**
     * The body of a successful answer as {@code type}.
     *
     * @param usable what a value must have to be usable, e.g. a transactionId
     */
    public <T> T decode(OutgoingCall call, HttpReply reply, int expectedStatus, Class<T> type, Predicate<T> usable) {
        if (reply.status() == 422) {
            throw business(call, reply);
        }
        if (reply.status() == 401 || reply.status() == 403) {
            throw protocol(call, reply.status(), "login or password refused", TipCodes.AUTHENTICATION_FAILED, null);
        }
        if (reply.status() != expectedStatus) {
            throw protocol(call, reply.status(), "unexpected HTTP status", TipCodes.UNEXPECTED_RESPONSE, null);
        }
        T value;
        try {
            value = PayJson.read(reply.body(), type);
        } catch (IOException | RuntimeException e) {
            throw protocol(call, reply.status(), "unreadable " + type.getSimpleName() + " ("
                    + e.getClass().getSimpleName() + ")", TipCodes.UNEXPECTED_RESPONSE, e);
        }
        if (value == null || !usable.test(value)) {
            throw protocol(call, reply.status(), type.getSimpleName() + " lacks required fields",
                    TipCodes.UNEXPECTED_RESPONSE, null);
        }
        return value;
    }

    /** A 200 answer that reports a business error in {@code errorCode}. */
    public PayBusinessException errorCode(OutgoingCall call, String errorCode) {
        return new PayBusinessException(call.operation(), call.requestId(), 200, null, tips.tip(errorCode));
    }

    private PayBusinessException business(OutgoingCall call, HttpReply reply) {
        ErrorBody error;
        try {
            error = PayJson.read(reply.body(), ErrorBody.class);
        } catch (IOException | RuntimeException e) {
            error = null;
        }
        if (error == null || error.code() == null || error.code().isBlank()) {
            throw protocol(call, 422, "422 without an error code", TipCodes.UNEXPECTED_RESPONSE, null);
        }
        return new PayBusinessException(call.operation(), call.requestId(), 422, error.details(),
                tips.tip(error.code()));
    }

    private PayProtocolException protocol(OutgoingCall call, int status, String problem, String code, Throwable e) {
        return new PayProtocolException(call.operation(), call.requestId(), status, problem, tips.tip(code), e);
    }
}

package org.kassa.payclient.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.ConnectTimeoutException;

/** Why an exchange ended without a usable answer, and whether any byte of the request may have reached the server. */
public enum FailureKind {
    /** No connection was made: nothing was sent. */
    NOT_SENT,
    /** Sent, but no answer came in time. */
    TIMED_OUT_AFTER_SEND,
    /** Sent, then the connection broke or the answer was cut short. */
    CUT_AFTER_SEND,
    /** The answer was larger than {@link JsonTransport#MAX_BODY}: refused rather than truncated. */
    OVERSIZED,
    /** The wait before a resend was interrupted; an earlier attempt may have reached the server. */
    INTERRUPTED,
    /** The caller's journal refused the attempt (its hook threw): this attempt was not sent. */
    JOURNAL_FAILED;

    static FailureKind of(IOException e) {
        if (e instanceof OversizedBodyException) {
            return OVERSIZED;
        }
        if (e instanceof ConnectException || e instanceof ConnectTimeoutException
                || e instanceof UnknownHostException || e instanceof NoRouteToHostException) {
            return NOT_SENT;
        }
        return e instanceof SocketTimeoutException ? TIMED_OUT_AFTER_SEND : CUT_AFTER_SEND;
    }

    public boolean mayHaveReachedServer() {
        return this != NOT_SENT && this != JOURNAL_FAILED;
    }
}

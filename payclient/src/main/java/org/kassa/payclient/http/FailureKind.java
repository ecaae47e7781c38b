package org.kassa.payclient.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.ConnectTimeoutException;

/** What a transport failure says about the request: did any byte of it possibly reach the server? */
enum FailureKind {
    NOT_SENT,
    TIMED_OUT_AFTER_SEND,
    CUT_AFTER_SEND;

    static FailureKind of(IOException e) {
        if (e instanceof ConnectException || e instanceof ConnectTimeoutException
                || e instanceof UnknownHostException || e instanceof NoRouteToHostException) {
            return NOT_SENT;
        }
        return e instanceof SocketTimeoutException ? TIMED_OUT_AFTER_SEND : CUT_AFTER_SEND;
    }

    boolean mayHaveReachedServer() {
        return this != NOT_SENT;
    }
}

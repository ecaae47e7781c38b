package org.kassa.payclient.http;

/**
 * An exchange that ended without an answer. {@link #kind()} is what ended it (the last attempt);
 * {@link #anyMayHaveReachedServer()} whether any failed send of the exchange may have reached the server. The
 * cause is the I/O or interruption that ended it; the message never holds headers or bodies.
 */
public final class TransportFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final FailureKind kind;
    private final int attempts;
    private final boolean anyMayHaveReachedServer;

    TransportFailure(FailureKind kind, int attempts, boolean anyMayHaveReachedServer, Throwable cause) {
        super(kind + " after " + attempts + " attempt(s): " + cause.getClass().getSimpleName(), cause);
        this.kind = kind;
        this.attempts = attempts;
        this.anyMayHaveReachedServer = anyMayHaveReachedServer;
    }

    public FailureKind kind() {
        return kind;
    }

    public int attempts() {
        return attempts;
    }

    public boolean anyMayHaveReachedServer() {
        return anyMayHaveReachedServer;
    }
}

package org.kassa.app.cli;

/** An operation that failed for a reason the user can act on; printed as one line, exit code 1. */
public final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CommandFailure(String message) {
        super(message);
    }
}

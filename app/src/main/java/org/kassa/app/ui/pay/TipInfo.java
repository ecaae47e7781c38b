package org.kassa.app.ui.pay;

import org.kassa.app.ui.core.UiMessage;

/**
 * What the tip dialog shows: the Pay tip's code (its what/next come from the tips catalog in the current
 * language) or, for a refusal by the till itself, its message and what to do next (null: the payment's
 * default advice); the request id for support.
 */
public record TipInfo(String tipCode, UiMessage problem, String requestId, UiMessage next) {

    public static TipInfo ofCode(String code, String requestId) {
        return new TipInfo(code, null, requestId, null);
    }

    public static TipInfo ofProblem(UiMessage problem) {
        return new TipInfo(null, problem, null, null);
    }

    public static TipInfo ofProblem(UiMessage problem, UiMessage next) {
        return new TipInfo(null, problem, null, next);
    }
}

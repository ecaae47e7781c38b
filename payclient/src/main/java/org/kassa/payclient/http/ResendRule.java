package org.kassa.payclient.http;

import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * Which outcomes of an attempt are worth sending the same bytes again, while the retry policy has attempts
 * left: each client decides what is safe for its API.
 *
 * @param status  an answer with this HTTP status is resent
 * @param failure a failure of this kind is resent
 */
public record ResendRule(IntPredicate status, Predicate<FailureKind> failure) {
}

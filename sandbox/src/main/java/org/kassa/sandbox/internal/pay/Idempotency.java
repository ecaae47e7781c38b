package org.kassa.sandbox.internal.pay;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.kassa.sandbox.internal.http.Answer;

/**
 * The vendor's rule: a resend with the same requestId gets the first answer and changes nothing. Concurrent
 * resends wait for the first one instead of racing it. Answers are kept for the life of the sandbox.
 */
final class Idempotency {

    private final ConcurrentHashMap<String, CompletableFuture<Answer>> answers = new ConcurrentHashMap<>();

    Answer once(String path, String requestId, Supplier<Answer> work) {
        String key = path + '\n' + requestId;
        CompletableFuture<Answer> mine = new CompletableFuture<>();
        CompletableFuture<Answer> first = answers.putIfAbsent(key, mine);
        if (first != null) {
            return first.join();
        }
        try {
            Answer answer = work.get();
            mine.complete(answer);
            return answer;
        } catch (RuntimeException | Error e) {
            answers.remove(key, mine);   // nothing was answered: a resend is processed as the first
            mine.completeExceptionally(e);
            throw e;
        }
    }
}

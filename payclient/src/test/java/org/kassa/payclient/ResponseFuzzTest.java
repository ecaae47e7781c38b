package org.kassa.payclient;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.kassa.payclient.api.CancelRequest;
import org.kassa.payclient.api.CheckoutInvoice;
import org.kassa.payclient.api.CheckoutRequest;
import org.kassa.payclient.api.PaymentMethod;
import org.kassa.payclient.api.StatusRequest;
import org.kassa.payclient.api.User;
import org.kassa.payclient.testing.Fixtures;
import org.kassa.payclient.testing.ScriptedServer;

/**
 * Whatever comes back (malformed, truncated, oversized, wrong-typed JSON, odd statuses), a call ends in a
 * value or a typed {@link PayException}; never another exception.
 */
class ResponseFuzzTest {

    private static final List<String> VALID = List.of(
            "{\"requestId\":\"r\",\"transactionId\":\"t\",\"status\":\"new\",\"slip\":{\"id\":\"s\",\"totalAmount\":15000,"
                    + "\"operationDateTime\":\"2022-01-19T11:56:34.323Z\",\"paymentType\":\"DOLYAME\"}}",
            "{\"requestId\":\"r\",\"transactionId\":\"t\",\"status\":\"pending\",\"paymentGroup\":\"INSTALLMENT\","
                    + "\"paymentProvider\":\"DOLYAME\",\"refStatus\":\"new\",\"errorCode\":\"NOT_ENOUGH_LIMIT_TO_PAY\"}",
            "{\"requestId\":\"r\",\"refTransactionId\":\"x\",\"refStatus\":\"accepted\",\"transactionId\":\"t\","
                    + "\"status\":\"canceled\",\"slip\":{\"id\":\"s\",\"qrcId\":\"q\",\"kzo\":\"k\"}}",
            "{\"code\":\"UNKNOWN_SESSION_ID\",\"details\":\"сессия\"}");
    private static final String[] WRONG_VALUES = {"{}", "[]", "[1,2]", "true", "null", "-1e999", "\"\"",
            "12345678901234567890123", "{\"a\":{\"b\":[{}]}}", "\"\\ud800\""};

    private static ScriptedServer server;
    private static PayClient client;
    private static final AtomicReference<byte[]> BODY = new AtomicReference<>(new byte[0]);
    private static final AtomicInteger STATUS = new AtomicInteger(200);

    @BeforeContainer
    static void start() throws Exception {
        server = ScriptedServer.start();
        server.always("/", (exchange, request) ->
                ScriptedServer.raw(STATUS.get(), BODY.get(), Map.of()).answer(exchange, request));
        client = Fixtures.client(Fixtures.settings(server.baseUrl()).withRetry(RetryPolicy.none()));
    }

    @AfterContainer
    static void stop() {
        client.close();
        server.close();
    }

    @Property(tries = 250, seed = "7302214")
    void everyAnswerEndsInAValueOrATypedError(@ForAll("answers") byte[] body, @ForAll("statuses") int status,
                                              @ForAll("operations") Operation operation) {
        BODY.set(body);
        STATUS.set(status);
        try {
            call(operation);
        } catch (PayException expected) {
            assertThat(expected.tip()).isNotNull();
            assertThat(expected.code()).isNotBlank();
        }
    }

    @Property(tries = 20, seed = "7302215")
    void anOversizedAnswerIsRefusedNotTruncated(@ForAll("operations") Operation operation) {
        byte[] huge = ("{\"requestId\":\"" + "x".repeat(1 << 20) + "\"}").getBytes(StandardCharsets.UTF_8);
        BODY.set(huge);
        STATUS.set(200);
        try {
            call(operation);
            throw new AssertionError("a 1 MiB answer was accepted");
        } catch (PayException expected) {
            assertThat(expected).isInstanceOf(PayProtocolException.class);
            assertThat(expected.code()).isEqualTo("UNEXPECTED_RESPONSE");
        }
    }

    private static void call(Operation operation) {
        switch (operation) {
            case CHECKOUT -> client.checkout(client.prepare(new CheckoutRequest("r", "A1G97N", "s", "t",
                    CheckoutInvoice.of("o", Fixtures.items(0)), new User("1"), List.of(PaymentMethod.of("SBP")))),
                    "fuzz", CallListener.NONE);
            case STATUS -> client.status(client.prepare(new StatusRequest("r", "t", null)), "fuzz", CallListener.NONE);
            case CANCEL -> client.cancel(client.prepare(new CancelRequest("r", "s", "t", "x")), "fuzz", CallListener.NONE);
            default -> client.pollAvailability(new OutgoingCall(Operation.AVAILABILITY_POLL,
                    Operation.AVAILABILITY_POLL.path() + "id", "r", null), "fuzz", CallListener.NONE);
        }
    }

    @Provide
    Arbitrary<Operation> operations() {
        return Arbitraries.of(Operation.CHECKOUT, Operation.STATUS, Operation.CANCEL, Operation.AVAILABILITY_POLL);
    }

    @Provide
    Arbitrary<Integer> statuses() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(200)), net.jqwik.api.Tuple.of(2, Arbitraries.just(422)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(201, 204, 302, 400, 401, 404, 500, 503)));
    }

    @Provide
    Arbitrary<byte[]> answers() {
        Arbitrary<String> valid = Arbitraries.of(VALID);
        Arbitrary<byte[]> truncated = Combinators.combine(valid, Arbitraries.integers().between(0, 200))
                .as((s, cut) -> bytes(s.substring(0, Math.min(cut, s.length()))));
        Arbitrary<byte[]> wrongTyped = Combinators.combine(valid, Arbitraries.of(WRONG_VALUES),
                        Arbitraries.integers().between(0, 12))
                .as(ResponseFuzzTest::replaceValue);
        Arbitrary<byte[]> garbage = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> deep = Arbitraries.integers().between(900, 3000)
                .map(n -> bytes("[".repeat(n) + "]".repeat(n)));
        Arbitrary<byte[]> trailing = valid.map(s -> bytes(s + "}{garbage"));
        return Arbitraries.oneOf(valid.map(ResponseFuzzTest::bytes), truncated, wrongTyped, garbage, deep, trailing);
    }

    /** Replaces the n-th JSON value (after a colon) with a value of the wrong type. */
    private static byte[] replaceValue(String json, String wrong, int n) {
        int at = -1;
        for (int i = 0; i <= n; i++) {
            int next = json.indexOf(':', at + 1);
            if (next < 0) {
                break;
            }
            at = next;
        }
        if (at < 0) {
            return bytes(json);
        }
        int end = at + 1;
        int depth = 0;
        boolean inString = false;
        for (; end < json.length(); end++) {
            char c = json.charAt(end);
            if (c == '"' && json.charAt(end - 1) != '\\') {
                inString = !inString;
            } else if (!inString && (c == '{' || c == '[')) {
                depth++;
            } else if (!inString && (c == '}' || c == ']')) {
                if (depth-- == 0) {
                    break;
                }
            } else if (!inString && c == ',' && depth == 0) {
                break;
            }
        }
        return bytes(json.substring(0, at + 1) + wrong + json.substring(end));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

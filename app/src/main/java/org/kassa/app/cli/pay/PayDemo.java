package org.kassa.app.cli.pay;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kassa.app.cli.CommandFailure;
import org.kassa.app.cli.Json;
import org.kassa.payclient.CallListener;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.api.CheckoutInvoice;
import org.kassa.payclient.api.Item;
import org.kassa.payclient.workflow.PaymentOrder;
import org.kassa.payclient.workflow.PaymentState;
import org.kassa.payclient.workflow.PaymentWorkflow;
import org.kassa.payclient.workflow.RefundLine;
import org.kassa.payclient.workflow.RefundPlanner;
import org.kassa.payclient.workflow.RefundState;
import org.kassa.payclient.workflow.RefundWorkflow;
import org.kassa.payclient.workflow.WorkflowEvent;

/**
 * Runs one scenario: a payment, then a partial refund (one of two pieces) and a full refund of the rest,
 * printing every request and state change as JSON lines. True when everything ended as expected.
 */
public final class PayDemo {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private final PayClient client;
    private final PrintWriter out;
    private final CallListener calls;

    public PayDemo(PayClient client, PrintWriter out) {
        this.client = client;
        this.out = out;
        this.calls = (step, call, attempt) -> print(Map.of("event", "request", "step", step, "path", call.path(),
                "requestId", call.requestId(), "attempt", attempt));
    }

    public boolean run(DemoScenario scenario, String cardSession, String loyaltyId) {
        List<Item> items = List.of(Item.piece("Хлеб", "4600000000011", 5000, 2, 0, "vat10"),
                new Item("Сыр весовой", "2000000000022", 90000L, Item.RUB, new BigDecimal("0.350"), "KILOGRAM",
                        31500 + scenario.ending(), 0L, 31500L + scenario.ending(), "vat20", null));
        PaymentOrder order = new PaymentOrder(cardSession, loyaltyId,
                CheckoutInvoice.of("demo-" + System.currentTimeMillis(), items), null);
        PaymentWorkflow payment = PaymentWorkflow.create(client, order, calls);
        payment.addListener(e -> print(event("payment", e)));
        payment.start();
        WorkflowEvent<PaymentState> paid = await(payment.result().orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS));
        boolean ok = expect("payment", scenario.expectedPayment(), paid.state());
        if (scenario.expectedRefund() == null || paid.state() != PaymentState.ACCEPTED) {
            return done(scenario, ok);
        }
        RefundPlanner planner = new RefundPlanner(client.settings(), client.tips());
        WorkflowEvent<RefundState> partial = refund(planner.partial(paid.transactionId(), items,
                List.of(RefundLine.of(0, 1))), "partial-refund");
        ok &= expect("partial-refund", scenario.expectedRefund(), partial.state());
        if (partial.state() == RefundState.REFUNDED) {
            WorkflowEvent<RefundState> rest = refund(planner.partial(paid.transactionId(), items,
                    List.of(RefundLine.of(0, 1), new RefundLine(1, new BigDecimal("0.350")))), "full-refund");
            ok &= expect("full-refund", RefundState.REFUNDED, rest.state());
        }
        return done(scenario, ok);
    }

    private WorkflowEvent<RefundState> refund(org.kassa.payclient.api.RefundRequest request, String name) {
        RefundWorkflow refund = RefundWorkflow.create(client, request, calls);
        refund.addListener(e -> {
            print(event(name, e));
            if (e.state() == RefundState.IN_DOUBT) {
                refund.retry();
            }
        });
        refund.start();
        return await(refund.result().orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS));
    }

    private boolean expect(String what, Enum<?> expected, Enum<?> actual) {
        if (expected != actual) {
            print(Map.of("event", "unexpected", "workflow", what, "expected", expected.name(), "actual", actual.name()));
        }
        return expected == actual;
    }

    private boolean done(DemoScenario scenario, boolean ok) {
        print(Map.of("event", "done", "scenario", scenario.cliName(), "asExpected", ok));
        return ok;
    }

    private static Map<String, Object> event(String workflow, WorkflowEvent<?> e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("event", "state");
        json.put("workflow", workflow);
        json.put("state", e.state().name());
        json.put("transactionId", e.transactionId());
        json.put("refTransactionId", e.refTransactionId());
        json.put("status", e.status());
        if (e.tip() != null) {
            json.put("code", e.tip().code());
            json.put("tip", e.tip().text());
        }
        return json;
    }

    private synchronized void print(Map<String, Object> json) {
        out.println(Json.line(json));
        out.flush();
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure("interrupted while waiting for the Pay API; nothing more was sent");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TimeoutException) {
                throw new CommandFailure("no final answer within " + WAIT.toSeconds()
                        + " s; check the base URL and the network, then look the request ids up with Koshelek");
            }
            throw new CommandFailure("the demo failed: " + e.getCause());
        }
    }
}

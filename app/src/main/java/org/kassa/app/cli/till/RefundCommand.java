package org.kassa.app.cli.till;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kassa.app.cli.CommandFailure;
import org.kassa.app.cli.ConfigOption;
import org.kassa.app.till.TillRuntime;
import org.kassa.till.refund.RefundDesk;
import org.kassa.till.refund.RefundLineRequest;
import org.kassa.till.refund.RefundOutcome;
import org.kassa.till.staff.Approval;
import org.kassa.till.staff.Role;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kassa refund}: a supervisor-approved refund of a paid sale, whole or by lines. */
@Command(name = "refund", mixinStandardHelpOptions = true,
        description = {"Refunds a paid sale, found by --sale, --order or --transaction (the slip's QR holds the",
            "transaction id); all that is left, or the --line N*QTY given. Standard input: the supervisor's PIN (or",
            "the scanned card with --supervisor-card); nothing is sent without a valid supervisor. With a central",
            "store (store.central.url) a sale of another till is found there and its lines reserved before the",
            "refund is sent. JSON lines; exit 0 when refunded."})
public final class RefundCommand implements Callable<Integer> {

    /** Long enough for a refund to be polled to its final status. */
    static final Duration WAIT = Duration.ofSeconds(75);

    @Spec
    CommandSpec spec;
    @Mixin
    ConfigOption config;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--sale", paramLabel = "ID", description = "The sale's id.")
        String sale;
        @Option(names = "--order", paramLabel = "ORDER_ID", description = "The receipt's order id.")
        String order;
        @Option(names = "--transaction", paramLabel = "TX", description = "The Koshelek transaction id.")
        String transaction;
        @Option(names = "--resume", paramLabel = "REFUND_ID",
                description = "Continues a refund without a final answer (same request, no new approval).")
        String resume;

        String value() {
            return sale != null ? sale : order != null ? order : transaction;
        }
    }

    @Option(names = "--line", paramLabel = "N[*QTY]",
            description = "Line N of the receipt, QTY in its measure (default: all of it that is left); repeatable.")
    List<String> lines = new ArrayList<>();

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Approver approver;

    static final class Approver {
        @Option(names = "--supervisor", paramLabel = "LOGIN", description = "Approves with their PIN (stdin).")
        String login;
        @Option(names = "--supervisor-card", description = "Approves with a supervisor card: its barcode on stdin.")
        boolean card;
    }

    @Override
    public Integer call() {
        if (which.resume == null && approver == null) {
            throw new ParameterException(spec.commandLine(), "a refund needs --supervisor LOGIN or "
                    + "--supervisor-card");
        }
        List<RefundLineRequest> wanted = lines.stream().map(this::line).toList();
        PinInput pins = new PinInput();
        SaleEvents out = new SaleEvents(spec.commandLine().getOut());
        try (TillRuntime runtime = TillCommands.open(config)) {
            return TillCommands.refusals(runtime, () -> {
                RefundDesk desk = runtime.refunds();
                if (which.resume != null) {
                    return finish(out, desk.resume(which.resume, WAIT));
                }
                String saleId = desk.findSale(which.value());
                var staff = runtime.staff();
                Approval by = approver.card
                        ? staff.verifyCard(pins.next("supervisor card barcode"), Role.SUPERVISOR, "refund", saleId)
                        : staff.verify(approver.login, pins.next("PIN of " + approver.login), Role.SUPERVISOR,
                        "refund", saleId);
                return finish(out, desk.refund(saleId, wanted, by, WAIT));
            });
        }
    }

    private static int finish(SaleEvents out, RefundOutcome outcome) {
        out.print(json(outcome));
        if (!outcome.done()) {
            throw new CommandFailure("the refund ended " + outcome.state()
                    + (outcome.tip() == null ? "" : ": " + outcome.tip())
                    + ("IN_DOUBT".equals(outcome.state()) ? "; continue it with kassa refund --resume "
                    + outcome.refundId() : ""));
        }
        return 0;
    }

    private RefundLineRequest line(String text) {
        int star = text.indexOf('*');
        try {
            int no = Integer.parseInt((star < 0 ? text : text.substring(0, star)).strip());
            return new RefundLineRequest(no, star < 0 ? null : new BigDecimal(text.substring(star + 1).strip()));
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--line: '" + text
                    + "' is not N or N*QTY; e.g. 2 (all of line 2) or 1*3 (three pieces of line 1)");
        }
    }

    private static Map<String, Object> json(RefundOutcome o) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("event", "refund");
        json.put("refundId", o.refundId());
        json.put("saleId", o.saleId());
        json.put("orderId", o.orderId());
        json.put("tender", o.tender());
        json.put("state", o.state());
        json.put("amount", o.amount());
        json.put("requestId", o.requestId());
        json.put("refundTransactionId", o.refundTransactionId());
        json.put("status", o.status());
        json.put("tip", o.tip());
        json.put("saleVoided", o.saleVoided());
        return json;
    }
}

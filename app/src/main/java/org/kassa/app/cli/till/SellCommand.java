package org.kassa.app.cli.till;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kassa.app.cli.CommandFailure;
import org.kassa.app.cli.ConfigOption;
import org.kassa.app.till.TrainingCards;
import org.kassa.app.till.TillRuntime;
import org.kassa.till.Till;
import org.kassa.till.sale.Sale;
import org.kassa.till.sale.SaleRuleException;
import org.kassa.till.tender.KoshelekPayment;
import org.kassa.till.tender.PaymentRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kassa sell}: one whole sale from the command line, stored like a sale from the window. */
@Command(name = "sell", mixinStandardHelpOptions = true,
        description = {"Rings up one sale and takes the payment; prints JSON lines, the last one",
            "{\"event\":\"sale\",\"saleId\",\"orderId\",\"status\",\"total\",\"payments\":[…]}. Exit 0 when paid.",
            "Anything a previous run left in flight is resolved first (as 'kassa recover')."})
public final class SellCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(names = "--item", paramLabel = "CODE[*QTY]",
            description = "A catalog item by article or barcode, QTY in its measure (2, 0.350); repeatable.")
    List<String> items = new ArrayList<>();

    @Option(names = "--free", paramLabel = "NAME=KOPECKS", description = "A free-price line; repeatable.")
    List<String> free = new ArrayList<>();

    @Option(names = "--card", paramLabel = "BARCODE", description = "The customer's loyalty card barcode.")
    String card;

    @Option(names = "--tender", paramLabel = "koshelek|cash", required = true, description = "How the sale is paid.")
    String tender;

    @Option(names = "--provider", paramLabel = "SBP|DOLYAME",
            description = "Koshelek Pay provider; default: the server's default.")
    String provider;

    @Option(names = "--cash-given", paramLabel = "KOPECKS", description = "Cash handed over (default: the total).")
    Long cashGiven;

    @Override
    public Integer call() {
        boolean koshelek = switch (tender.toLowerCase(Locale.ROOT)) {
            case "koshelek" -> true;
            case "cash" -> false;
            default -> throw new ParameterException(spec.commandLine(), "--tender: '" + tender
                    + "' is not allowed; allowed: koshelek, cash");
        };
        if (items.isEmpty() && free.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give at least one --item or --free line");
        }
        SaleEvents events = new SaleEvents(spec.commandLine().getOut());
        try (TillRuntime runtime = TillCommands.open(config)) {
            TillCommands.recover(runtime, spec.commandLine().getOut());
            Till till = runtime.till();
            till.addListener(events);
            try {
                ring(till, events, koshelek && card == null && runtime.settings().training()
                        ? trainingCard(runtime, events) : card);
                PaymentRecord paid = koshelek ? payKoshelek(till) : till.payCash(cashGiven != null ? cashGiven
                        : till.sale().totals().total());
                var sale = runtime.store().sales().find(paid.saleId()).orElseThrow();
                events.print(SaleEvents.sale(sale, runtime.store().payments().forSale(sale.id())));
                if (!paid.paid()) {
                    throw new CommandFailure("the payment ended " + paid.state() + "; the sale " + sale.orderId()
                            + " stays open: pay it with another tender");
                }
                return 0;
            } catch (SaleRuleException e) {
                throw new CommandFailure(runtime.till().setup().texts().get("sale." + e.key(), e.args()));
            }
        }
    }

    private void ring(Till till, SaleEvents events, String cardBarcode) {
        if (cardBarcode != null) {
            events.scan(till.scan(cardBarcode));
        }
        for (String item : items) {
            int star = item.lastIndexOf('*');
            String code = star < 0 ? item : item.substring(0, star);
            till.addItem(code, star < 0 ? BigDecimal.ONE : quantity(item.substring(star + 1)));
        }
        for (String line : free) {
            int eq = line.lastIndexOf('=');
            if (eq < 1) {
                throw new ParameterException(spec.commandLine(), "--free: expected NAME=KOPECKS, e.g. Пакет=1500");
            }
            till.addFree(line.substring(0, eq), kopecks(line.substring(eq + 1)));
        }
        Sale sale = till.sale();
        events.print(Map.of("event", "total", "orderId", sale.orderId(), "total", sale.totals().total()));
    }

    private PaymentRecord payKoshelek(Till till) {
        KoshelekPayment payment = till.payKoshelek(provider == null ? null : provider.toUpperCase(Locale.ROOT));
        try {
            return payment.result().get(TillCommands.RECOVERY_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new CommandFailure("no final answer from Koshelek Pay within "
                    + TillCommands.RECOVERY_WAIT.toSeconds() + " s; the payment is journaled: run 'kassa recover'");
        } catch (ExecutionException e) {
            throw new CommandFailure("the payment stopped: " + e.getCause().getMessage()
                    + "; run 'kassa recover' to settle it");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure("interrupted; the payment is journaled: run 'kassa recover'");
        }
    }

    /** Training only: a fresh card barcode as the Koshelek app would show it, so that a sale can be paid. */
    private static String trainingCard(TillRuntime runtime, SaleEvents events) {
        events.print(Map.of("event", "training-card", "note", "no --card given: a training card was made"));
        return new TrainingCards(runtime.settings().totp()).withSession();
    }

    private BigDecimal quantity(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--item: quantity '" + text
                    + "' is not a number; e.g. 2 or 0.350");
        }
    }

    private long kopecks(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--free: '" + text
                    + "' is not a whole number of kopecks; e.g. 1500 for 15.00 RUB");
        }
    }
}

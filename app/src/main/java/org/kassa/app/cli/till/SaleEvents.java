package org.kassa.app.cli.till;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kassa.till.TillListener;
import org.kassa.till.loyalty.ScanOutcome;
import org.kassa.till.sale.Sale;
import org.kassa.till.tender.PaymentRecord;
import org.kassa.till.store.PaymentRow;
import org.kassa.till.store.SaleRow;

/** The till's changes as JSON lines for the commands ({@code kassa sell}, {@code sales}, {@code demo}). */
public final class SaleEvents implements TillListener {

    /** Its own mapper (the same settings as the CLI's Json): app.till must not depend on app.cli (no cycle). */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final PrintWriter out;

    public SaleEvents(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void paymentChanged(PaymentRecord p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("event", "payment");
        json.put("tender", p.tender().name());
        json.put("state", p.state());
        json.put("transactionId", p.transactionId());
        json.put("status", p.status());
        json.put("tipCode", p.tipCode());
        print(json);
    }

    @Override
    public void notice(String key, String text) {
        print(Map.of("event", "notice", "key", key, "text", text));
    }

    public void scan(ScanOutcome outcome) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("event", "scan");
        json.put("outcome", outcome.kind().name());
        json.put("card", outcome.card() == null ? null : outcome.card().masked());
        json.put("line", outcome.line() == null ? null : outcome.line().name());
        json.put("reason", outcome.reason());
        print(json);
    }

    public synchronized void print(Map<String, ?> json) {
        out.println(line(json));
        out.flush();
    }

    /** The closing line of a sale: the shape of {@code kassa sell}'s last line and of {@code kassa sales}. */
    public static Map<String, Object> sale(SaleRow sale, List<PaymentRow> payments) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("event", "sale");
        json.put("saleId", sale.id());
        json.put("orderId", sale.orderId());
        json.put("status", sale.status().name());
        json.put("total", sale.totalKopecks());
        json.put("openedAt", sale.openedAt().toString());
        json.put("closedAt", sale.closedAt() == null ? null : sale.closedAt().toString());
        json.put("card", sale.cardMasked());
        json.put("training", sale.training());
        List<Map<String, Object>> list = new ArrayList<>();
        for (PaymentRow p : payments) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("tender", p.tender().name());
            one.put("transactionId", p.transactionId());
            one.put("status", p.state());
            one.put("paymentType", p.paymentType());
            one.put("amount", p.amountKopecks());
            list.add(one);
        }
        json.put("payments", list);
        return json;
    }

    /** Sale changes are not printed line by line; the command prints the closing line. */
    @Override
    public void saleChanged(Sale sale) {
    }

    private static String line(Object json) {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + json.getClass().getSimpleName(), e);
        }
    }
}

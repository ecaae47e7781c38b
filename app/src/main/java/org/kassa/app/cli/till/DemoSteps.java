package org.kassa.app.cli.till;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kassa.till.sale.SaleRuleException;

/** The demo's step lines ({@code {"event":"step","step","expected","actual","ok"}}) and whether all were ok. */
final class DemoSteps {

    private final SaleEvents out;
    private boolean allAsExpected = true;

    DemoSteps(SaleEvents out) {
        this.out = out;
    }

    void step(String name, String expected, String actual) {
        boolean ok = expected.equals(actual);
        allAsExpected &= ok;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("event", "step");
        json.put("step", name);
        json.put("expected", expected);
        json.put("actual", actual);
        json.put("ok", ok);
        out.print(json);
    }

    /** The key of the till's refusal of {@code action}, or {@code allowed}. */
    static String refusal(Runnable action) {
        try {
            action.run();
            return "allowed";
        } catch (SaleRuleException e) {
            return e.key();
        }
    }

    boolean allAsExpected() {
        return allAsExpected;
    }

    void include(boolean ok) {
        allAsExpected &= ok;
    }
}

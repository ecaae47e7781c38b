package org.kassa.till.sale;

/**
 * An operator action the sale refuses (a negative price, half a piece, a discount above the amount…). The key
 * names the rule's text in the till's message bundle; the subject (a line name, a number) fills it in.
 */
public final class SaleRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    public SaleRuleException(String key, Object... args) {
        super(key + (args.length == 0 ? "" : " " + java.util.Arrays.toString(args)));
        this.key = key;
        this.args = args.clone();
    }

    /** The message key below {@code sale.} in the till bundle. */
    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}

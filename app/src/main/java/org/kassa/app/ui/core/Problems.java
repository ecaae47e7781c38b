package org.kassa.app.ui.core;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.kassa.till.sale.SaleRuleException;

/** Turns what a till call threw into words for the operator: the till's own rule texts, never a stack trace. */
public final class Problems {

    private Problems() {
    }

    public static UiMessage describe(Throwable thrown) {
        Throwable e = thrown;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof SaleRuleException rule) {
            return UiMessage.till("sale." + rule.key(), rule.args());
        }
        if (e instanceof NumberFormatException) {
            return UiMessage.ui("input.badQuantity");
        }
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return UiMessage.ui("error.unexpected", why);
    }
}

package org.kassa.app.till.drill;

import java.util.Locale;
import java.util.Set;

/**
 * Where a crash drill stops the till: {@code KIND:NAME[#N]}, the N-th time (default the first) that a record
 * of that kind and name is committed. Kinds: {@code before} (a journaled Pay call, NAME = the operation, e.g.
 * CHECKOUT), {@code answered} (its answer recorded), {@code payment} (a payment row saved in state NAME, e.g.
 * ACCEPTED), {@code sale} (a sale saved with status NAME, e.g. PAID), {@code print} (a print job of kind NAME
 * stored, e.g. RECEIPT).
 */
public record DrillPoint(String kind, String name, int occurrence) {

    static final Set<String> KINDS = Set.of("before", "answered", "payment", "sale", "print");

    /** Parses the value of {@code kassa.drill.pauseAt}; a bad value fails at once with the expected form. */
    public static DrillPoint parse(String text) {
        String s = text.strip();
        int colon = s.indexOf(':');
        int hash = s.indexOf('#');
        String kind = colon < 0 ? "" : s.substring(0, colon).toLowerCase(Locale.ROOT);
        String name = colon < 0 ? "" : s.substring(colon + 1, hash < 0 ? s.length() : hash).toUpperCase(Locale.ROOT);
        if (!KINDS.contains(kind) || name.isEmpty()) {
            throw new IllegalArgumentException("kassa.drill.pauseAt='" + text + "' is not a drill point; expected "
                    + "KIND:NAME[#N] with KIND one of before, answered, payment, sale, print (e.g. before:CHECKOUT#1)");
        }
        int n = 1;
        if (hash >= 0) {
            try {
                n = Integer.parseInt(s.substring(hash + 1));
            } catch (NumberFormatException e) {
                n = 0;
            }
            if (n < 1) {
                throw new IllegalArgumentException("kassa.drill.pauseAt='" + text + "': #N must be a whole number "
                        + "from 1 (the N-th time the point is reached)");
            }
        }
        return new DrillPoint(kind, name, n);
    }

    boolean matches(String recordKind, String recordName) {
        return kind.equals(recordKind) && name.equalsIgnoreCase(recordName);
    }

    @Override
    public String toString() {
        return kind + ":" + name + "#" + occurrence;
    }
}

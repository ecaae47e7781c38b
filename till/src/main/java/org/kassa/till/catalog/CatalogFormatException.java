package org.kassa.till.catalog;

import java.util.List;

/**
 * A catalog file has bad lines. {@link #problems()} has one line per problem, each naming the line number, the
 * column and what to do; nothing of the file was imported.
 */
public final class CatalogFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public CatalogFormatException(String source, List<String> problems) {
        super(source + ": " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + " found, nothing imported; first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, in file order, e.g. {@code line 4, column price: …}. */
    public List<String> problems() {
        return problems;
    }
}

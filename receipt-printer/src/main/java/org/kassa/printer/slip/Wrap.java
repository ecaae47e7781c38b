package org.kassa.printer.slip;

import java.util.ArrayList;
import java.util.List;

/** Fitting text into receipt columns: nothing is ever cut off, long words (ids) are split across lines. */
public final class Wrap {

    private Wrap() {
    }

    /** Lines of at most {@code width} characters, breaking at spaces where possible. */
    public static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            if (line.length() > 0 && line.length() + 1 + word.length() <= width) {
                line.append(' ').append(word);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (word.length() > width) {
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * {@code label ... value} on one line when both fit, the value flush right; otherwise the label with a
     * colon on its own line and the value wrapped below it.
     */
    public static List<String> field(String label, String value, int width) {
        if (label.length() + 1 + value.length() <= width) {
            return List.of(label + " ".repeat(width - label.length() - value.length()) + value);
        }
        List<String> lines = new ArrayList<>(lines(label + ":", width));
        lines.addAll(lines(value, width));
        return lines;
    }
}

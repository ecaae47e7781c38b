package org.kassa.printer.preview;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;

/** The text of the line being printed, in runs of one style each. */
final class LineBuffer {

    /** Text printed with one style. */
    record Run(String text, boolean bold, int width, int height) {
    }

    private final int cell;
    private final List<Run> runs = new ArrayList<>();
    private boolean bold;
    private int width = 1;
    private int height = 1;

    LineBuffer(int cell) {
        this.cell = cell;
    }

    void add(String text) {
        runs.add(new Run(text, bold, width, height));
    }

    void bold(boolean on) {
        bold = on;
    }

    void size(int w, int h) {
        width = w;
        height = h;
    }

    void reset() {
        runs.clear();
        bold = false;
        width = 1;
        height = 1;
    }

    boolean isEmpty() {
        return runs.isEmpty();
    }

    /** Width in dots. */
    int width() {
        return runs.stream().mapToInt(r -> r.text().length() * cell * r.width()).sum();
    }

    List<Run> take() {
        List<Run> taken = List.copyOf(runs);
        runs.clear();
        return taken;
    }

    /** Draws runs left to right from {@code x} on the baseline {@code baseline}, one cell per character. */
    static void draw(Graphics2D g, List<Run> runs, Font font, int cell, int x, int baseline) {
        int at = x;
        for (Run r : runs) {
            Font f = font.deriveFont(r.bold() ? Font.BOLD : Font.PLAIN)
                    .deriveFont(AffineTransform.getScaleInstance(r.width(), r.height()));
            g.setFont(f);
            for (int i = 0; i < r.text().length(); i++) {
                g.drawString(String.valueOf(r.text().charAt(i)), at, baseline);
                at += cell * r.width();
            }
        }
    }
}

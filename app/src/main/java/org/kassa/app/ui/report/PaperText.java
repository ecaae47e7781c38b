package org.kassa.app.ui.report;

import java.util.ArrayList;
import java.util.List;
import org.kassa.printer.PrinterProfile;
import org.kassa.printer.preview.EscPosReader;

/**
 * The text lines of an ESC/POS stream as they come out of the printer: the printed characters in the
 * profile's code page (an unprintable one is the printer's {@code ?}), centred or right-aligned lines padded
 * to the paper's columns. Commands without text (bold, cut, QR) leave no trace; images are not text.
 */
public final class PaperText {

    private PaperText() {
    }

    public static String of(byte[] stream, PrinterProfile profile) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int align = 0;
        for (EscPosReader.Token t : EscPosReader.read(stream)) {
            switch (t.name()) {
                case "TEXT" -> line.append(new String(t.data(), profile.charset()));
                case "LF" -> {
                    lines.add(aligned(line.toString(), align, profile.columns()));
                    line.setLength(0);
                }
                case "ESC a" -> align = t.arg(0) % 3;
                case "ESC @" -> align = 0;
                default -> { }
            }
        }
        if (line.length() > 0) {
            lines.add(aligned(line.toString(), align, profile.columns()));
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);     // the feed before the cut
        }
        return String.join("\n", lines);
    }

    private static String aligned(String text, int align, int columns) {
        int gap = columns - text.length();
        if (gap <= 0 || align == 0) {
            return text;
        }
        return " ".repeat(align == 1 ? gap / 2 : gap) + text;
    }
}

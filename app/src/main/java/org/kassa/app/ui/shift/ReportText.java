package org.kassa.app.ui.shift;

import java.nio.charset.Charset;
import org.kassa.printer.preview.EscPosReader;
import org.kassa.printer.preview.EscPosReader.Token;

/** The text of a printed report, read back from its ESC/POS bytes: what the paper shows, line by line. */
public final class ReportText {

    private ReportText() {
    }

    public static String of(byte[] escPos, Charset codePage) {
        StringBuilder text = new StringBuilder();
        for (Token token : EscPosReader.read(escPos)) {
            if ("TEXT".equals(token.name())) {
                text.append(new String(token.data(), codePage));
            } else if ("LF".equals(token.name())) {
                text.append('\n');
            }
        }
        return text.toString().stripTrailing();
    }
}

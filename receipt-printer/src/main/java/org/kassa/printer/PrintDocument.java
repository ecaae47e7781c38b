package org.kassa.printer;

import java.util.List;

/**
 * Bytes ready for a printer and what went wrong while making them.
 *
 * @param bytes    the ESC/POS stream
 * @param warnings characters the code page could not print (shown as {@code ?} on paper)
 */
public record PrintDocument(byte[] bytes, List<EncodingWarning> warnings) {

    public PrintDocument {
        bytes = bytes.clone();
        warnings = List.copyOf(warnings);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String toString() {
        return "PrintDocument[" + bytes.length + " bytes, " + warnings.size() + " warnings]";
    }
}

package org.kassa.printer;

import java.nio.file.Path;
import org.kassa.printer.transport.DeviceFileLink;
import org.kassa.printer.transport.LinkPrinter;
import org.kassa.printer.transport.SerialLink;
import org.kassa.printer.transport.TcpLink;

/** Opens a printer from its address and profile. */
public final class Printers {

    private Printers() {
    }

    /** A printer at {@code address}; nothing is connected until the first job or status query. */
    public static Printer open(PrinterAddress address, PrinterProfile profile) {
        return switch (address.kind()) {
            case TCP -> new LinkPrinter(address.toString(), profile,
                    () -> new TcpLink(address.target(), address.number()), true);
            case SERIAL -> new LinkPrinter(address.toString(), profile,
                    () -> new SerialLink(address.target(), address.number()), true);
            case FILE -> new LinkPrinter(address.toString(), profile,
                    () -> new DeviceFileLink(Path.of(address.target())), false);
            case VIRTUAL -> new VirtualPrinter(profile);
        };
    }
}

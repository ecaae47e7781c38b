package org.kassa.scanner.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.util.Arrays;
import java.util.List;

/** The serial ports the system offers now, for the settings screen and {@code kassa scan --list-ports}. */
public final class SerialPorts {

    /** A port's device path and the description the driver gives (often the scanner's product name). */
    public record PortInfo(String path, String description) {
    }

    private SerialPorts() {
    }

    public static List<PortInfo> list() {
        return Arrays.stream(SerialPort.getCommPorts())
                .map(p -> new PortInfo(p.getSystemPortPath(), p.getPortDescription()))
                .toList();
    }
}

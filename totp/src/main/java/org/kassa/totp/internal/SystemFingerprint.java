package org.kassa.totp.internal;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kassa.totp.DeskFingerprint;

/**
 * This machine's fingerprint, read once: CPU model and vendor from {@code /proc/cpuinfo}, the machine id,
 * the first non-loopback IPv4 address (no DNS look-up, which can hang) and USB product names.
 * Anything unreadable becomes {@code unknown}; a fingerprint never fails a payment.
 */
public final class SystemFingerprint implements DeskFingerprint {

    private static volatile SystemFingerprint instance;

    private final String before;
    private final String after;

    private SystemFingerprint(String cpu, String vendor, String serial, String ip, String usb) {
        this.before = clean(cpu) + ';' + clean(vendor) + ';' + clean(serial) + ';';
        this.after = ";" + clean(ip) + ';' + clean(usb);
    }

    public static SystemFingerprint instance() {
        SystemFingerprint current = instance;
        if (current == null) {
            synchronized (SystemFingerprint.class) {
                if (instance == null) {
                    instance = read();
                }
                current = instance;
            }
        }
        return current;
    }

    @Override
    public String at(long epochMillis) {
        return before + epochMillis + after;
    }

    private static SystemFingerprint read() {
        List<String> cpuinfo = lines(Path.of("/proc/cpuinfo"));
        return new SystemFingerprint(field(cpuinfo, "model name"), field(cpuinfo, "vendor_id"),
                first(lines(Path.of("/etc/machine-id"))), ipv4(), usbProducts());
    }

    private static String field(List<String> lines, String name) {
        return lines.stream().filter(l -> l.startsWith(name))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
    }

    private static String ipv4() {
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                        return address.getHostAddress();
                    }
                }
            }
        } catch (SocketException | RuntimeException e) {
            // fall through: no address is not an error for a fingerprint
        }
        return "127.0.0.1";
    }

    private static String usbProducts() {
        Path devices = Path.of("/sys/bus/usb/devices");
        if (!Files.isDirectory(devices)) {
            return "none";
        }
        try (Stream<Path> list = Files.list(devices)) {
            String joined = list.map(d -> first(lines(d.resolve("product")))).filter(s -> !s.equals("unknown"))
                    .sorted().collect(Collectors.joining("#"));
            return joined.isEmpty() ? "none" : joined;
        } catch (IOException | RuntimeException e) {
            return "none";
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static String first(List<String> lines) {
        return lines.isEmpty() || lines.get(0).isBlank() ? "unknown" : lines.get(0).trim();
    }

    private static String clean(String value) {
        return value.replace(';', ',');
    }
}

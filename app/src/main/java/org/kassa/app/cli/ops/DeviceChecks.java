package org.kassa.app.cli.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.kassa.app.cli.ops.Check.Status;
import org.kassa.app.config.KassaSettings;
import org.kassa.payclient.callback.CallbackReceiver;
import org.kassa.payclient.callback.ReceiverSettings;
import org.kassa.printer.Printer;
import org.kassa.printer.PrinterException;
import org.kassa.printer.PrinterStatus;

/** The receipt printer, the scanners' ports and the postback/callback receiver. */
final class DeviceChecks {

    private final DoctorTexts texts;

    DeviceChecks(DoctorTexts texts) {
        this.texts = texts;
    }

    Check printer(KassaSettings settings) {
        try (Printer printer = settings.printer().open()) {
            if (!printer.bidirectional()) {
                return texts.check("printer", Status.OK, "printer.oneWay", printer.address());
            }
            PrinterStatus status = printer.status(settings.printer().timeout());
            if (!status.known()) {
                return texts.check("printer", Status.WARN, "printer.unknown", printer.address());
            }
            if (status.failure() != null) {
                return texts.check("printer", Status.PROBLEM, "printer.failure", printer.address(),
                        status.failure().name());
            }
            return texts.check("printer", status.paperNearEnd() ? Status.WARN : Status.OK,
                    status.paperNearEnd() ? "printer.paperNearEnd" : "printer.ready", printer.address());
        } catch (PrinterException e) {
            return texts.check("printer", Status.PROBLEM, "printer.failure", settings.printer().address().toString(),
                    e.failure().name());
        } catch (RuntimeException e) {
            return texts.check("printer", Status.PROBLEM, "printer.cannotOpen", e.getMessage());
        }
    }

    /** Serial scanner and camera devices: present, and this user may open them. The wedge needs nothing. */
    Check scanners(KassaSettings settings) {
        List<String> devices = new ArrayList<>();
        settings.scanners().serial().ifPresent(s -> devices.add(s.port()));
        settings.scanners().camera().ifPresent(c -> devices.add(c.device()));
        if (devices.isEmpty()) {
            return texts.check("scanners", Status.OK, "scanners.wedgeOnly");
        }
        for (String device : devices) {
            Path path = Path.of(device);
            if (!Files.exists(path)) {
                return texts.check("scanners", Status.PROBLEM, "scanners.missing", device);
            }
            if (!Files.isReadable(path) || !Files.isWritable(path)) {
                return texts.check("scanners", Status.PROBLEM, "scanners.denied", device);
            }
        }
        return texts.check("scanners", Status.OK, "scanners.ok", String.join(", ", devices));
    }

    /**
     * The receiver answers on its port: the running till's, or else one started here for the check (so a port
     * taken by another program shows before the till needs it).
     */
    Check receiver(KassaSettings settings) {
        if (settings.receivers().isEmpty()) {
            return texts.check("postback", Status.SKIPPED, "postback.off");
        }
        for (ReceiverSettings receiver : settings.receivers()) {
            String host = "0.0.0.0".equals(receiver.bindAddress()) ? "127.0.0.1" : receiver.bindAddress();
            URI url = URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + receiver.port()
                    + ReceiverSettings.POSTBACK_PATH);
            if (answers(url)) {
                continue;
            }
            try (CallbackReceiver started = CallbackReceiver.start(receiver, result -> { }, hint -> { })) {
                if (!answers(url)) {
                    return texts.check("postback", Status.PROBLEM, "postback.silent", url.toString());
                }
            } catch (UncheckedIOException e) {
                return texts.check("postback", Status.PROBLEM, "postback.portTaken", receiver.bindAddress(),
                        Integer.toString(receiver.port()));
            }
        }
        return texts.check("postback", Status.OK, "postback.ok", settings.receivers().size());
    }

    /** Any HTTP answer (a GET of the POST-only path gets 405 or 401) means something listens there. */
    private static boolean answers(URI url) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

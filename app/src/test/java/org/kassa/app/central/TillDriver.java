package org.kassa.app.central;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kassa.app.config.HostEnvironment;
import org.kassa.app.config.KassaSettings;
import org.kassa.app.till.TillRuntime;
import org.kassa.app.till.TrainingCards;
import org.kassa.till.Recovery;
import org.kassa.till.Till;
import org.kassa.till.report.ReportJson;
import org.kassa.till.report.ShiftReport;
import org.kassa.till.shift.Shifts;
import org.kassa.till.staff.Role;
import org.kassa.till.tender.PaymentRecord;

/**
 * One till as a shop runs it all day, in a child JVM of its own: the {@link TillRuntime} of its configuration
 * (so the background sender to the central store runs as in the window), the recovery of whatever a previous run
 * left in flight, then sale after sale in the open shift (every {@code koshelekEvery}-th paid with Koshelek Pay
 * against the sandbox, the rest cash) until the stop file appears; then the shift is closed and its Z report
 * printed. One JSON line per step on stdout; any failure ends the process with exit 1.
 *
 * <p>Usage: {@code TillDriver CONFIG STOP_FILE PAUSE_MS KOSHELEK_EVERY}.
 */
public final class TillDriver {

    static final String ADMIN = "admin";
    static final String ADMIN_PIN = "2468";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PAYMENT_WAIT = Duration.ofSeconds(75);

    private TillDriver() {
    }

    public static void main(String[] args) throws Exception {
        Path config = Path.of(args[0]);
        Path stopFile = Path.of(args[1]);
        long pauseMs = Long.parseLong(args[2]);
        int koshelekEvery = Integer.parseInt(args[3]);
        KassaSettings settings = KassaSettings.load(config, HostEnvironment.system());
        try (TillRuntime runtime = TillRuntime.open(settings)) {
            Recovery.Report recovered = runtime.recover(true, PAYMENT_WAIT);
            print(Map.of("event", "ready", "tillId", runtime.till().setup().tillId(),
                    "recovered", recovered.resolved().size(), "clean", recovered.clean()));
            TrainingCards cards = new TrainingCards(settings.totp());
            int n = 0;
            while (!Files.exists(stopFile)) {
                n++;
                sell(runtime.till(), n, n % koshelekEvery == 0 ? cards.withSession() : null);
                Thread.sleep(pauseMs);
            }
            print(ReportJson.write(closeShift(runtime)));
        } catch (Throwable e) {
            e.printStackTrace();
            System.out.flush();
            System.exit(1);
        }
        System.exit(0);
    }

    /** One sale of one free line; amounts end in 00 so the sandbox accepts a Koshelek payment at once. */
    private static void sell(Till till, int n, String card) throws Exception {
        long amount = 10_000 + 100L * (n % 37);
        if (card != null) {
            till.scan(card);
        }
        till.addFree("Item " + n, amount);
        nextSecond();
        PaymentRecord paid = card == null ? till.payCash(till.sale().totals().total())
                : till.payKoshelek(null).result().get(PAYMENT_WAIT.toSeconds(), TimeUnit.SECONDS);
        if (!paid.paid()) {
            throw new IllegalStateException("sale " + n + " ended " + paid.state() + " (" + paid.status() + ")");
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("event", "sold");
        line.put("saleId", paid.saleId());
        line.put("tender", card == null ? "CASH" : "KOSHELEK");
        line.put("amount", paid.amount());
        print(line);
    }

    /**
     * Order ids carry the second the sale was opened and a 16-bit random suffix, and the till core refuses a
     * second sale with the same id (and keeps refusing it until restarted): no two sales of one till may open in
     * the same second. The next sale opens when this one is paid (or at its first line), so paying only in a
     * later second than the first line keeps every opening in a second of its own.
     */
    private static void nextSecond() throws InterruptedException {
        long opened = System.currentTimeMillis() / 1000;
        while (System.currentTimeMillis() / 1000 <= opened) {
            Thread.sleep(20);
        }
    }

    /** The end of the day: the Z report with the counted cash equal to the drawer's. */
    private static ShiftReport closeShift(TillRuntime runtime) {
        runtime.till().endOfShift();
        Shifts shifts = runtime.shifts();
        long inDrawer = shifts.x().cashInDrawer();
        return shifts.close(runtime.staff().verify(ADMIN, ADMIN_PIN.toCharArray(), Role.OPERATOR, "shift.close",
                null), inDrawer);
    }

    private static void print(Object line) throws Exception {
        System.out.println(line instanceof String s ? s : JSON.writeValueAsString(line));
        System.out.flush();
    }
}

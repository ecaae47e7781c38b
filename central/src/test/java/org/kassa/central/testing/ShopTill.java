package org.kassa.central.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.kassa.central.CentralDatabase;
import org.kassa.central.refund.CentralReservations;
import org.kassa.central.refund.CentralSales;
import org.kassa.sandbox.PaySandbox;
import org.kassa.till.Till;
import org.kassa.till.refund.RefundDesk;
import org.kassa.till.refund.RefundLineRequest;
import org.kassa.till.refund.RefundOutcome;
import org.kassa.till.sale.SaleRuleException;
import org.kassa.till.staff.Approval;
import org.kassa.till.staff.PinHasher;
import org.kassa.till.staff.Role;
import org.kassa.till.staff.Staff;
import org.kassa.till.tender.PaymentRecord;
import org.kassa.till.testing.TillRig;
import org.kassa.till.text.TillTexts;
import org.kassa.totp.BarcodeGenerator;

/** One till of the shop: its rig, a supervisor and a refund desk wired to the central store. */
public final class ShopTill implements AutoCloseable {

    public final Staff staff;
    public final TillRig rig;
    public final Till till;
    public final Approval supervisor;
    public final RefundDesk desk;
    public final CentralReservations reservations;

    public ShopTill(String tillId, PaySandbox sandbox, CentralDatabase central) throws Exception {
        rig = new TillRig("central-" + tillId, tillId, sandbox);
        till = rig.till();
        staff = new Staff(rig.store, tillId, Clock.systemUTC(), new PinHasher(256, 1, 1));
        staff.add("admin", "Администратор", Role.ADMINISTRATOR, "9876".toCharArray(), null);
        Approval admin = staff.verify("admin", "9876".toCharArray(), Role.ADMINISTRATOR, "user.add", null);
        staff.add("sveta", "Светлана", Role.SUPERVISOR, "5555".toCharArray(), admin);
        supervisor = staff.verify("sveta", "5555".toCharArray(), Role.SUPERVISOR, "refund", null);
        reservations = new CentralReservations(central, central.describe());
        desk = new RefundDesk(rig.setup, rig.store, "Магазин у дома", new CentralSales(central, central.describe()),
                reservations);
    }

    /** Milk ×3 + 0.5 kg of apples = 354.65, paid by Koshelek. */
    public PaymentRecord koshelekSale() throws Exception {
        assertThat(till.scan(freshCard()).kind().name()).isEqualTo("CARD_WITH_SESSION");
        till.addItem("1001", new BigDecimal("3"));
        till.addItem("2001", new BigDecimal("0.5"));
        PaymentRecord paid = till.payKoshelek("SBP").result().get(20, TimeUnit.SECONDS);
        assertThat(paid.state()).isEqualTo("ACCEPTED");
        return paid;
    }

    public String orderId(String saleId) {
        return rig.store.sales().find(saleId).orElseThrow().orderId();
    }

    public RefundOutcome refund(String key, int line, String quantity) {
        String saleId = desk.findSale(key);
        return desk.refund(saleId, List.of(new RefundLineRequest(line, new BigDecimal(quantity))), supervisor,
                Duration.ofSeconds(20));
    }

    /** The refusal as an English-speaking operator reads it. */
    public String text(SaleRuleException e) {
        return new TillTexts(Locale.ENGLISH).get("sale." + e.key(), e.args());
    }

    @Override
    public void close() {
        till.close();
        rig.close();
    }

    /** A card of its own: one card's password is refused a second time within its time step. */
    public static String freshCard() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new BarcodeGenerator(TillRig.TOTP).barcode(String.format(Locale.ROOT, "7770%09d",
                r.nextInt(1_000_000_000)), String.format(Locale.ROOT, "S%05d", r.nextInt(100_000)),
                System.currentTimeMillis() / 1000);
    }
}

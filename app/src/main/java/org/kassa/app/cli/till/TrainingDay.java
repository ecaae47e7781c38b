package org.kassa.app.cli.till;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.kassa.app.till.TrainingCards;
import org.kassa.till.Till;
import org.kassa.till.loyalty.ScanOutcome.Kind;
import org.kassa.till.tender.PaymentRecord;

/**
 * {@code kassa demo}: a scripted training day on the real till core against the in-process sandbox, one JSON
 * line per step. Totals are chosen by the sandbox's kopeck triggers (docs/sandbox.md): …00 accepted, …01
 * declined, …02 never confirmed (cancelled at the 30 s cap).
 */
public final class TrainingDay {

    private static final Duration WAIT = Duration.ofSeconds(75);

    private final Till till;
    private final TrainingCards cards;
    private final DemoSteps steps;

    public TrainingDay(Till till, TrainingCards cards, SaleEvents out) {
        this.till = till;
        this.cards = cards;
        this.steps = new DemoSteps(out);
    }

    /** Runs every step; true when each ended as expected. */
    public boolean run() throws Exception {
        till.addItem("1001", new BigDecimal("2"));
        till.addItem("1002", BigDecimal.ONE);
        steps.step("cash-with-change", "ACCEPTED", till.payCash(roundUp(till.sale().totals().total())).state());

        expectScan("koshelek-card", cards.withSession(), Kind.CARD_WITH_SESSION);
        till.addFree("Товар", 50_000);
        steps.step("koshelek-sbp", "ACCEPTED", koshelek("SBP").state());

        expectScan("koshelek-card", cards.withSession(), Kind.CARD_WITH_SESSION);
        till.addFree("Товар", 60_000);
        steps.step("koshelek-dolyame", "ACCEPTED", koshelek("DOLYAME").state());

        expectScan("card-without-session", cards.withoutSession(), Kind.CARD_WITHOUT_SESSION);
        till.addItem("1003", BigDecimal.ONE);
        steps.step("koshelek-not-offered", "koshelek.noSession", DemoSteps.refusal(() -> till.payKoshelek(null)));
        steps.step("cash-after-card", "ACCEPTED", till.payCash(till.sale().totals().total()).state());

        expectScan("stale-screenshot", cards.withWrongPassword(), Kind.CARD_REFUSED);
        till.addItem("1002", BigDecimal.ONE);
        steps.step("sale-goes-on", "ACCEPTED", till.payCash(till.sale().totals().total()).state());

        expectScan("old-plastic-card", "77001234567", Kind.PLAIN_CARD);
        till.addItem("1001", BigDecimal.ONE);
        steps.step("cash-with-old-card", "ACCEPTED", till.payCash(till.sale().totals().total()).state());

        expectScan("koshelek-card", cards.withSession(), Kind.CARD_WITH_SESSION);
        till.addFree("Товар", 50_001);
        steps.step("koshelek-declined", "REJECTED", koshelek("SBP").state());
        steps.step("declined-paid-in-cash", "ACCEPTED", till.payCash(50_001).state());

        expectScan("koshelek-card", cards.withSession(), Kind.CARD_WITH_SESSION);
        till.addFree("Товар", 50_002);
        steps.step("koshelek-cancelled-at-cap", "CANCELED", koshelek("SBP").state());
        steps.step("cancelled-paid-in-cash", "ACCEPTED", till.payCash(50_002).state());
        return steps.allAsExpected();
    }

    private PaymentRecord koshelek(String provider) throws Exception {
        return till.payKoshelek(provider).result().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private void expectScan(String name, String code, Kind expected) {
        steps.step(name, expected.name(), till.scan(code).kind().name());
    }



    private static long roundUp(long kopecks) {
        return (kopecks / 10_000 + 1) * 10_000;
    }
}

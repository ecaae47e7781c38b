package org.kassa.app.ui.pay;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.app.config.KassaSettings;
import org.kassa.app.till.TillRuntime;
import org.kassa.app.ui.DirectJobs;
import org.kassa.app.ui.TrainingTill;
import org.kassa.app.ui.pay.KoshelekViewModel.Phase;
import org.kassa.printer.VirtualPrinter;

/** Koshelek Pay's view model against the in-process sandbox (training), without a window. */
class KoshelekViewModelTest {

    private KassaSettings settings;
    private TillRuntime runtime;
    private KoshelekViewModel model;
    private final AtomicLong nanos = new AtomicLong();

    @BeforeEach
    void openTill() throws Exception {
        settings = TrainingTill.settings("ru");
        runtime = TillRuntime.open(settings);
        VirtualPrinter printer = (VirtualPrinter) runtime.till().setup().printer();
        model = new KoshelekViewModel(runtime.till(), new DirectJobs(), nanos::get, printer::lastPreview);
        runtime.till().addListener(new org.kassa.till.TillListener() {
            @Override
            public void paymentChanged(org.kassa.till.tender.PaymentRecord payment) {
                model.paymentChanged(payment);
            }
        });
    }

    @AfterEach
    void close() {
        runtime.close();
    }

    private void sell(String quantity, String code) {
        runtime.till().addItem(code, new BigDecimal(quantity));
        runtime.till().scan(TrainingTill.cardWithSession(settings));
    }

    @Test
    void bothProvidersAreOfferedFirstPreselectedAndTheElapsedTimeCountsAgainstTheCap() throws Exception {
        sell("1", "4601234000017");
        model.offer();
        assertThat(model.phase().get()).isEqualTo(Phase.CHOOSING);
        assertThat(model.providers()).containsExactly("SBP", "DOLYAME");
        assertThat(model.choice().get()).isZero();
        assertThat(model.capSeconds()).isEqualTo(30.0);
        model.choose(1);
        model.confirm();
        nanos.addAndGet(Duration.ofMillis(12_500).toNanos());
        model.tick();
        assertThat(model.elapsed().get()).isBetween(12.4, 12.6);
        awaitEnd();
        assertThat(model.phase().get()).isEqualTo(Phase.ACCEPTED);
        assertThat(model.record().get().paymentType()).isEqualTo("DOLYAME");
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (model.slip().get() == null && System.nanoTime() < deadline) {
            Thread.sleep(20);     // the slip is drawn after the phase changes
        }
        assertThat(model.slip().get()).as("the slip as the virtual printer drew it").isNotNull();
    }

    @Test
    void aDeclineEndsWithTheBanksTipAndTheRequestId() throws Exception {
        sell("99", "4601234000079");    // 9 899,01 ₽: the sandbox declines totals ending in 01 kopecks
        model.offer();
        model.confirm();
        awaitEnd();
        assertThat(model.phase().get()).isEqualTo(Phase.FAILED);
        assertThat(model.cancelledByOperator()).isFalse();
        assertThat(model.tip().get().tipCode()).isEqualTo("PAYMENT_DECLINED_BY_EXTERNAL_PROVIDER");
        assertThat(model.tip().get().requestId()).isNotBlank();
    }

    @Test
    void theOperatorCancelsAPaymentThatWaits() throws Exception {
        sell("98", "4601234000079");    // 9 799,02 ₽: stays pending in the sandbox
        model.offer();
        model.confirm();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (model.record().get() == null || !"AWAITING_STATUS".equals(model.record().get().state())) {
            assertThat(System.nanoTime()).as("payment reached AWAITING_STATUS").isLessThan(deadline);
            Thread.sleep(20);
        }
        model.escape();
        awaitEnd();
        assertThat(model.cancelledByOperator()).isTrue();
        assertThat(model.record().get().state()).isEqualTo("CANCELED");
    }

    private void awaitEnd() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (model.phase().get() == Phase.RUNNING || model.phase().get() == Phase.CANCELLING) {
            assertThat(System.nanoTime()).as("payment finished within 40 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}

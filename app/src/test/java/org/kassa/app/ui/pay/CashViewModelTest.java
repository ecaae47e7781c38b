package org.kassa.app.ui.pay;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.app.till.TillRuntime;
import org.kassa.app.ui.DirectJobs;
import org.kassa.app.ui.TrainingTill;
import org.kassa.app.ui.core.UiMessage;
import org.kassa.till.sale.SaleStatus;

/** Cash on the real till core: the change as the operator types, a short amount refused, the sale paid. */
class CashViewModelTest {

    private TillRuntime runtime;
    private CashViewModel model;

    @BeforeEach
    void openTill() throws Exception {
        runtime = TillRuntime.open(TrainingTill.settings("ru"));
        model = new CashViewModel(runtime.till(), new DirectJobs());
    }

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void changeFollowsTheTypedAmountAndTheSaleIsPaid() {
        runtime.till().addItem("4601234000017", BigDecimal.valueOf(2));
        model.open(17_980);
        assertThat(model.change().get()).isZero();
        model.given().set("200");
        assertThat(model.change().get()).isEqualTo(2_020);
        model.given().set("100");
        model.pay();
        assertThat(model.message().get()).isEqualTo(UiMessage.ui("cash.notEnough"));
        assertThat(model.open().get()).isTrue();
        model.given().set("200");
        model.pay();
        assertThat(model.paid().get().change()).isEqualTo(2_020);
        assertThat(model.open().get()).isFalse();
        String saleId = model.paid().get().saleId();
        assertThat(runtime.store().sales().find(saleId).orElseThrow().status()).isEqualTo(SaleStatus.PAID);
    }
}

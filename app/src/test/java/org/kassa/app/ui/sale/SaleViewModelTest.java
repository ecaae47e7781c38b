package org.kassa.app.ui.sale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.app.config.KassaSettings;
import org.kassa.app.till.TillRuntime;
import org.kassa.app.ui.DirectJobs;
import org.kassa.app.ui.TrainingTill;
import org.kassa.app.ui.core.I18n;
import org.kassa.app.ui.core.UiMessage;

/** The sale screen's view model on the real till core (training mode), without a window. */
class SaleViewModelTest {

    private KassaSettings settings;
    private TillRuntime runtime;
    private SaleViewModel model;
    private final I18n ru = new I18n(Locale.forLanguageTag("ru"));

    @BeforeEach
    void openTill() throws Exception {
        settings = TrainingTill.settings("ru");
        runtime = TillRuntime.open(settings);
        model = new SaleViewModel(runtime.till(), new DirectJobs());
        runtime.till().addListener(new org.kassa.till.TillListener() {
            @Override
            public void saleChanged(org.kassa.till.sale.Sale sale) {
                model.show(SaleSnapshot.of(sale));
            }
        });
        model.refresh();
    }

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void aBarcodeAndEnterAddsTheProductAndSaysSo() {
        model.input().set("4601234000017");
        model.enter();
        assertThat(model.lines()).singleElement().satisfies(r -> assertThat(r.line().name()).startsWith("Молоко"));
        assertThat(model.sale().get().totals().total()).isEqualTo(8_990);
        assertThat(model.input().get()).isEmpty();
        assertThat(ru.render(model.message().get())).startsWith("Добавлено: Молоко");
        assertThat(model.problem().get()).isFalse();
        assertThat(model.koshelekOffered().get()).isFalse();
    }

    @Test
    void quantityAndWeightAreTypedBeforeTheCode() {
        model.input().set("3*1007");
        model.enter();
        model.input().set("0,742*2001000000005");
        model.enter();
        assertThat(model.lines()).hasSize(2);
        assertThat(model.sale().get().totals().total()).isEqualTo(3 * 9_999 + 12_607);
        assertThat(model.selected().get()).isEqualTo(1);
    }

    @Test
    void aCardWithASessionOffersKoshelekPayInTheTillsWords() {
        model.input().set("4601234000017");
        model.enter();
        model.scanned(TrainingTill.cardWithSession(settings));
        assertThat(model.banner().get().tone()).isEqualTo(CardBanner.Tone.PAY);
        assertThat(ru.render(model.banner().get().message())).contains("доступна оплата Koshelek Pay")
                .doesNotContain(settings.totp().prefix() + "7770");
        assertThat(model.koshelekOffered().get()).isTrue();
    }

    @Test
    void aCardWithoutSessionIsKeptButOffersNoKoshelekPay() {
        model.input().set("4601234000017");
        model.enter();
        model.scanned(TrainingTill.cardWithoutSession(settings));
        assertThat(model.banner().get().tone()).isEqualTo(CardBanner.Tone.CARD);
        assertThat(model.koshelekOffered().get()).isFalse();
    }

    @Test
    void anUnknownCodeAndABadQuantityAreProblemsInPlainWords() {
        model.input().set("0000000000000");
        model.enter();
        assertThat(model.problem().get()).isTrue();
        assertThat(ru.render(model.message().get())).contains("0000000000000").contains("не найден");
        model.input().set("x*4601234000017");
        model.enter();
        assertThat(model.message().get()).isEqualTo(UiMessage.ui("input.badQuantity"));
        assertThat(ru.render(model.message().get())).doesNotContain("Exception");
        assertThat(model.lines()).isEmpty();
    }

    @Test
    void theSelectedLineIsVoidedAndLeavesTheBasket() {
        model.input().set("4601234000017");
        model.enter();
        model.input().set("4601234000024");
        model.enter();
        model.select(-1);
        model.voidSelected();
        assertThat(model.lines()).singleElement().satisfies(r -> assertThat(r.line().name()).startsWith("Хлеб"));
        assertThat(model.sale().get().totals().total()).isEqualTo(5_450);
    }
}

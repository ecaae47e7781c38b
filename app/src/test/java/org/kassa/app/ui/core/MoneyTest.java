package org.kassa.app.ui.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** UI.md's money: two decimals, a thin space between thousands, the rouble sign; weights with three decimals. */
class MoneyTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void roublesAsUiMdShowsThem() {
        assertThat(Money.format(124_970, RU)).isEqualTo("1\u2009249,70\u00a0₽");
        assertThat(Money.format(5, RU)).isEqualTo("0,05\u00a0₽");
        assertThat(Money.format(123_456_789_00L, RU)).isEqualTo("123\u2009456\u2009789,00\u00a0₽");
        assertThat(Money.format(-5_000, RU)).isEqualTo("−50,00\u00a0₽");
        assertThat(Money.format(124_970, Locale.ENGLISH)).isEqualTo("1,249.70\u00a0₽");
    }

    @Test
    void weightsHaveThreeDecimalsAndPiecesNone() {
        assertThat(Money.quantity(new BigDecimal("0.742"), "KILOGRAM", RU)).isEqualTo("0,742");
        assertThat(Money.quantity(new BigDecimal("2"), "PIECE", RU)).isEqualTo("2");
    }

    @Test
    void typedRoublesAreParsedOrRefused() {
        assertThat(Money.parseRoubles("500")).isEqualTo(50_000);
        assertThat(Money.parseRoubles("1 249,7")).isEqualTo(124_970);
        assertThat(Money.parseRoubles("12.34")).isEqualTo(1_234);
        assertThat(Money.parseRoubles("12,345")).isEqualTo(-1);
        assertThat(Money.parseRoubles("abc")).isEqualTo(-1);
    }
}

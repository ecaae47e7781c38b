package org.kassa.till.sale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.kassa.till.catalog.Measure;
import org.kassa.till.catalog.Product;
import org.kassa.till.catalog.Vat;
import org.junit.jupiter.api.Test;

class SaleTest {

    static final Product BREAD = new Product("1001", "4600000000011", "Хлеб", 5_990, Measure.PIECE, Vat.VAT10);
    static final Product CHEESE = new Product("2002", "2000000000022", "Сыр весовой", 89_900, Measure.KILOGRAM,
            Vat.VAT20);

    static Sale sale() {
        return new Sale("s-1", "T1-1", Instant.EPOCH, false);
    }

    @Test
    void weighedLineRoundsHalfUpToTheKopeckOnce() {
        Sale sale = sale();
        SaleLine cheese = sale.add(CHEESE, new BigDecimal("0.355"));
        // 899.00 RUB/kg × 0.355 kg = 319.145 RUB → 319.15 RUB
        assertThat(cheese.total()).isEqualTo(31_915);
        sale.add(BREAD, new BigDecimal("2"));
        assertThat(sale.totals().total()).isEqualTo(31_915 + 11_980);
    }

    @Test
    void voidedLinesKeepTheirNumberAndLeaveTheTotal() {
        Sale sale = sale();
        sale.add(BREAD, BigDecimal.ONE);
        sale.add(CHEESE, BigDecimal.ONE);
        sale.voidLine(1);
        assertThat(sale.lines()).hasSize(2);
        assertThat(sale.line(1).voided()).isTrue();
        assertThat(sale.totals().total()).isEqualTo(89_900);
        assertThatThrownBy(() -> sale.voidLine(1)).isInstanceOf(SaleRuleException.class)
                .extracting("key").isEqualTo("line.voided");
    }

    @Test
    void discountsNeverExceedTheAmount() {
        Sale sale = sale();
        sale.add(BREAD, BigDecimal.ONE);
        sale.discountLine(1, 990);
        sale.discountBasket(1_000);
        assertThat(sale.totals()).isEqualTo(new Totals(5_990, 990, 1_000, 4_000));
        assertThatThrownBy(() -> sale.discountBasket(5_001)).extracting("key").isEqualTo("discount.outOfRange");
        assertThatThrownBy(() -> sale.discountLine(1, 6_000)).extracting("key").isEqualTo("discount.outOfRange");
    }

    @Test
    void halfAPieceIsRefused() {
        assertThatThrownBy(() -> sale().add(BREAD, new BigDecimal("0.5")))
                .extracting("key").isEqualTo("quantity.wholePieces");
    }

    @Test
    void aClosedSaleTakesNoMoreLinesAndKeepsWhoAndWhen() {
        Sale sale = sale();
        sale.add(BREAD, BigDecimal.ONE);
        sale.close(SaleStatus.CANCELLED, "ivanova", Instant.ofEpochSecond(60));
        assertThat(sale.closedBy()).isEqualTo("ivanova");
        assertThat(sale.closedAt()).isEqualTo(Instant.ofEpochSecond(60));
        assertThatThrownBy(() -> sale.add(BREAD, BigDecimal.ONE)).extracting("key").isEqualTo("sale.closed");
    }
}

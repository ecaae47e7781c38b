package org.kassa.till;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kassa.till.sale.Sale;
import org.kassa.till.store.SaleLineRow;
import org.kassa.till.testing.TillRig;

/**
 * The store keeps every line as the sale has it, although the till writes only the lines that changed
 * (decision 0126): checked against the rows read back from the H2 file and against a restarted till.
 */
class StoredLinesTest {

    TillRig rig;
    Till till;

    @BeforeEach
    void start() throws Exception {
        rig = new TillRig("stored-lines");
        till = rig.till();
    }

    @AfterEach
    void stop() {
        till.close();
        rig.close();
    }

    @Test
    void voidsAndDiscountsOnEarlierLinesReachTheStore() {
        till.scan("4601234000017");
        till.scan("4601234000024");
        till.scan("4601234000031");
        till.voidLine(2);
        till.discountLine(1, 990);
        Sale sale = till.sale();

        var rows = rig.store.sales().lines(sale.id());
        assertThat(rows).extracting(SaleLineRow::voided).containsExactly(false, true, false);
        assertThat(rows.get(0).discountKopecks()).isEqualTo(990);
        assertThat(rows.get(0).totalKopecks()).isEqualTo(8_990 - 990);

        till.close();
        till = rig.till();
        assertThat(till.sale().id()).isEqualTo(sale.id());
        assertThat(till.sale().lines()).usingRecursiveComparison()   // the store keeps 3 decimals: 1 is 1.000
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(sale.lines());
        assertThat(till.sale().totals()).isEqualTo(sale.totals());
    }

    @Test
    void aRestartedTillStoresTheLinesItAddsAfterTheRestoredOnes() {
        till.addItem("4601234000017", BigDecimal.ONE);
        String id = till.sale().id();
        till.close();
        till = rig.till();
        till.scan("4601234000024");
        till.voidLine(1);
        assertThat(rig.store.sales().lines(id)).extracting(SaleLineRow::lineNo, SaleLineRow::voided)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, true),
                        org.assertj.core.groups.Tuple.tuple(2, false));
    }

    @Test
    void aVoidedLineGetsTheSaleClosingTimeWhenTheSaleIsPaid() {
        till.scan("4601234000017");
        till.scan("4601234000024");
        till.voidLine(1);
        Sale sale = till.sale();
        assertThat(rig.store.sales().lines(sale.id()).get(0).voidedAt()).isNull();

        till.payCash(10_000);
        var stored = rig.store.sales().find(sale.id()).orElseThrow();
        assertThat(stored.closedAt()).isNotNull();
        assertThat(rig.store.sales().lines(sale.id()).get(0).voidedAt()).isEqualTo(stored.closedAt());
    }
}

package org.kassa.till.sale;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.kassa.payclient.api.CheckoutInvoice;
import org.kassa.payclient.api.Item;
import org.junit.jupiter.api.Test;

class InvoicesTest {

    @Test
    void basketDiscountIsSpreadSoItemsAddUpToWhatTheCustomerPays() {
        Sale sale = new Sale("s", "T1-2", Instant.EPOCH, false);
        sale.add(SaleTest.BREAD, new BigDecimal("3"));
        sale.add(SaleTest.CHEESE, new BigDecimal("0.250"));
        sale.addFree("Пакет", 700, "none");
        sale.discountBasket(1_001);
        CheckoutInvoice invoice = Invoices.of(sale);
        assertThat(invoice.totalAmount()).isEqualTo(sale.totals().total());
        assertThat(invoice.items().stream().mapToLong(Item::totalAmount).sum()).isEqualTo(sale.totals().total());
        assertThat(invoice.discountAmount()).isEqualTo(1_001);
        assertThat(invoice.items().get(1).measure()).isEqualTo("KILOGRAM");
        assertThat(invoice.items().get(1).quantity()).isEqualByComparingTo("0.250");
    }

    @Property(tries = 2_000, seed = "20261125")
    void spreadPartsSumToTheDiscountAndStayWithinEachLine(
            @ForAll @Size(min = 1, max = 20) List<@LongRange(min = 1, max = 10_000_000) Long> totals,
            @ForAll @LongRange(min = 0, max = 1_000) long permille) {
        List<SaleLine> lines = totals.stream().map(t -> new SaleLine(1, "a", null, "x", t, BigDecimal.ONE,
                SaleLine.PIECE, "none", 0, false)).toList();
        long base = totals.stream().mapToLong(Long::longValue).sum();
        long amount = base * permille / 1_000;
        long[] parts = Invoices.spread(amount, lines);
        assertThat(java.util.Arrays.stream(parts).sum()).isEqualTo(amount);
        for (int i = 0; i < parts.length; i++) {
            assertThat(parts[i]).isBetween(0L, totals.get(i));
        }
    }
}

package org.kassa.till.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.kassa.till.sale.Sale;
import org.kassa.till.sale.SaleTestProducts;
import org.kassa.totp.BarcodeGenerator;
import org.kassa.totp.PasscodeVerify;
import org.kassa.totp.Passcodes;
import org.kassa.totp.TotpSettings;
import org.junit.jupiter.api.Test;

/**
 * The four outcomes of docs/contracts.md#loyalty-scan-flow against the real verifier and barcodes made by the real
 * generator.
 */
class ScanRouterTest {

    static final TotpSettings TOTP = TotpSettings.of("HMACSHA256", 8, "CM",
            "3132333435363738393031323334353637383930313233343536373839303132", 30, 6, "=");
    static final long NOW = 1_764_000_000L;

    final PasscodeVerify verify = Passcodes.kassa(TOTP, Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));
    final BarcodeGenerator cards = new BarcodeGenerator(TOTP);
    final ScanRouter router = new ScanRouter(verify,
            code -> code.equals(SaleTestProducts.BREAD.barcode()) ? Optional.of(SaleTestProducts.BREAD)
                    : Optional.empty());
    final Sale sale = new Sale("s", "T1-3", Instant.EPOCH, false);

    @Test
    void cardWithSessionOffersKoshelekPay() {
        ScanOutcome o = router.apply(sale, cards.barcode("1234567891011", "A1G97N", NOW));
        assertThat(o.kind()).isEqualTo(ScanOutcome.Kind.CARD_WITH_SESSION);
        assertThat(sale.card()).hasValueSatisfying(c -> {
            assertThat(c.koshelekPayOffered()).isTrue();
            assertThat(c.session()).isEqualTo("A1G97N");
            assertThat(c.masked()).isEqualTo("1234*****1011");
        });
    }

    @Test
    void cardWithoutSessionIsKeptWithoutKoshelekPay() {
        ScanOutcome o = router.apply(sale, cards.barcode("1234567891011", null, NOW));
        assertThat(o.kind()).isEqualTo(ScanOutcome.Kind.CARD_WITHOUT_SESSION);
        assertThat(sale.card()).hasValueSatisfying(c -> assertThat(c.koshelekPayOffered()).isFalse());
    }

    @Test
    void aWrongPasswordIsReportedAndTheSaleGoesOn() {
        sale.add(SaleTestProducts.BREAD, java.math.BigDecimal.ONE);
        ScanOutcome o = router.apply(sale, "CM1234567891011=A1G97N=00000000");
        assertThat(o.kind()).isEqualTo(ScanOutcome.Kind.CARD_REFUSED);
        assertThat(o.reason()).isNotBlank();
        assertThat(sale.card()).isEmpty();
        assertThat(sale.activeLines()).hasSize(1);
    }

    @Test
    void anotherInstanceIsAProductOrAnOldCard() {
        assertThat(router.apply(sale, "4600000000011").kind()).isEqualTo(ScanOutcome.Kind.PRODUCT_ADDED);
        assertThat(sale.activeLines()).hasSize(1);
        // a valid EAN-13 that the catalog lacks is an unknown product, never a loyalty card
        assertThat(router.apply(sale, "4006381333931").kind()).isEqualTo(ScanOutcome.Kind.UNKNOWN_CODE);
        // an old plastic card without prefix or password keeps working (docs/contracts.md#old-cards)
        assertThat(router.apply(sale, "77001234567").kind()).isEqualTo(ScanOutcome.Kind.PLAIN_CARD);
        assertThat(sale.card()).hasValueSatisfying(c -> assertThat(c.koshelekPayOffered()).isFalse());
    }

    @Test
    void garbageNeverThrows() {
        for (String junk : new String[] {"", "   ", "CM", "CM==", "\u0000\u001d", "x".repeat(10_000)}) {
            assertThat(router.apply(sale, junk).kind()).isIn(ScanOutcome.Kind.UNKNOWN_CODE,
                    ScanOutcome.Kind.CARD_REFUSED);
        }
    }
}

package org.kassa.till.loyalty;

import java.math.BigDecimal;
import java.util.Optional;
import org.kassa.till.catalog.Product;
import org.kassa.till.sale.LoyaltyCard;
import org.kassa.till.sale.ProductLookup;
import org.kassa.till.sale.Sale;
import org.kassa.totp.BarcodeResult;
import org.kassa.totp.PasscodeVerify;

/**
 * Routes a scanned code, at any moment of a sale, by the four outcomes of {@code barcodeVerify}
 * (docs/contracts.md#loyalty-scan-flow): a card with a session offers Koshelek Pay; a card without one is kept
 * without it; a refused password is reported and the sale goes on; anything else ({@code ANOTHER_INSTANCE}) is a
 * product barcode or, when no product has it and it is not a retail (EAN/UPC) code, an old loyalty card, which
 * keeps working (docs/contracts.md#old-cards).
 */
public final class ScanRouter {

    private final PasscodeVerify passcodes;
    private final ProductLookup products;

    public ScanRouter(PasscodeVerify passcodes, ProductLookup products) {
        this.passcodes = passcodes;
        this.products = products;
    }

    /** Applies the scan to the open sale and says what happened; never throws for any scanned text. */
    public ScanOutcome apply(Sale sale, String code) {
        BarcodeResult result = passcodes.barcodeVerify(code);
        return switch (result.resultCode()) {
            case CARDSESSION_AVAILABLE -> attach(sale, LoyaltyCard.of(result), ScanOutcome.Kind.CARD_WITH_SESSION);
            case CARDSESSION_NOT_AVAILABLE -> attach(sale, LoyaltyCard.of(result),
                    ScanOutcome.Kind.CARD_WITHOUT_SESSION);
            case VALIDATION_FAILED -> ScanOutcome.refused(result.failureReason().name());
            case ANOTHER_INSTANCE -> otherCode(sale, code == null ? "" : code.strip());
        };
    }

    private ScanOutcome otherCode(Sale sale, String code) {
        Optional<Product> product = code.isEmpty() ? Optional.empty() : products.find(code);
        if (product.isPresent()) {
            return ScanOutcome.product(sale.add(product.get(), BigDecimal.ONE));
        }
        if (looksLikeOldCard(code)) {
            return attach(sale, LoyaltyCard.plain(code), ScanOutcome.Kind.PLAIN_CARD);
        }
        return ScanOutcome.unknown();
    }

    private static ScanOutcome attach(Sale sale, LoyaltyCard card, ScanOutcome.Kind kind) {
        sale.attach(card);
        return ScanOutcome.card(kind, card);
    }

    /** 6–32 letters/digits, and not a retail barcode (an unknown EAN is a product missing from the catalog). */
    static boolean looksLikeOldCard(String code) {
        return code.matches("[0-9A-Za-z]{6,32}") && !RetailBarcodes.isEanOrUpc(code);
    }
}

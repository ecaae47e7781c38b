package org.kassa.payclient.testing;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.PaySettings;
import org.kassa.payclient.PollingPolicy;
import org.kassa.payclient.RetryPolicy;
import org.kassa.payclient.api.CheckoutInvoice;
import org.kassa.payclient.api.Item;
import org.kassa.payclient.tips.OperatorTips;
import org.kassa.payclient.workflow.PaymentOrder;
import org.kassa.totp.Algorithm;
import org.kassa.totp.DeskFingerprint;
import org.kassa.totp.PasscodeVerify;
import org.kassa.totp.Passcodes;
import org.kassa.totp.TokenVerifier;
import org.kassa.totp.TotpSettings;

/** The training configuration of kassa.properties, fast timings for tests, and sample sales. */
public final class Fixtures {

    public static final TotpSettings TOTP = new TotpSettings(Algorithm.HMACSHA256, 8, "CM",
            "3132333435363738393031323334353637383930313233343536373839303132", 30, 6, "=", 1);
    public static final String LOYALTY_ID = "1234567891011";

    private Fixtures() {
    }

    public static PasscodeVerify passcodes() {
        return Passcodes.kassa(TOTP, Clock.systemUTC(),
                DeskFingerprint.fixed("Test CPU", "TestVendor", "SERIAL1", "127.0.0.1", "none"));
    }

    public static TokenVerifier tokenVerifier() {
        return Passcodes.tokenVerifier(TOTP, Clock.systemUTC());
    }

    /** Training settings: 5 s timeouts (a loaded test machine must not fail a test), quick resends, no availability-info. */
    public static PaySettings settings(URI baseUrl) {
        return PaySettings.training(baseUrl)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5))
                .withRetry(new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(80)))
                .withPolling(new PollingPolicy(Duration.ofMillis(250), Duration.ofMillis(250), Duration.ofSeconds(5)))
                .withAvailabilityInfo(false);
    }

    public static PayClient client(PaySettings settings) {
        return PayClient.create(settings, passcodes(), OperatorTips.forLanguage("en", 5));
    }

    /** Two pieces of bread and 1125 g of cheese; total in kopecks ends with {@code ending}. */
    public static List<Item> items(int ending) {
        Item bread = Item.piece("Хлеб", "1111111", 5000, 2, 0, "vat10");
        long cheeseTotal = 20000 + ending;
        Item cheese = new Item("Cheese", "2222222", 1000L, Item.RUB, new java.math.BigDecimal("1125.0"), "GRAM",
                cheeseTotal, 0L, cheeseTotal, "vat20", null);
        return List.of(bread, cheese);
    }

    public static PaymentOrder order(String cardSession, int ending) {
        return new PaymentOrder(cardSession, LOYALTY_ID, CheckoutInvoice.of("order-" + cardSession, items(ending)), "SBP");
    }
}

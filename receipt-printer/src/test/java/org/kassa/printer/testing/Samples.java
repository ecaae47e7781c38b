package org.kassa.printer.testing;

import java.time.LocalDateTime;
import org.kassa.printer.KoshelekOperation;
import org.kassa.printer.SlipData;

/** Slip inputs shaped like the Pay API's answers (ids of realistic length). */
public final class Samples {

    public static final String PAYMENT_TX = "a3f1c2d4-5b6e-4f70-8a9b-0c1d2e3f4a5b";
    /** Longer than any line: must be wrapped, never cut. */
    public static final String LONG_ORDER = "ORDER-2026-11-22-STORE-0042-TILL-07-000000123456789";
    public static final String QRC_ID = "AS1000670LSS7DN18SJQDNP4B05KLJL2";
    public static final String KZO = "KZO-7781-3342";
    public static final LocalDateTime AT = LocalDateTime.of(2026, 11, 22, 10, 15, 30);

    private Samples() {
    }

    public static KoshelekOperation sbpPayment() {
        return new KoshelekOperation(KoshelekOperation.Type.PAYMENT, "6f9b3c1e-2a4d-4e8f-9b0c-1d2e3f4a5b6c",
                LONG_ORDER, PAYMENT_TX, null, "SBP", QRC_ID, KZO, 123456, AT);
    }

    public static KoshelekOperation dolyameRefund() {
        return new KoshelekOperation(KoshelekOperation.Type.REFUND, "0e1d2c3b-4a59-4687-b5a4-c3d2e1f0a9b8",
                "ORD-77", PAYMENT_TX, "r-9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "DOLYAME", null, null, 50000,
                AT.plusHours(2));
    }

    public static SlipData slip(KoshelekOperation op) {
        return new SlipData(op, "Магазин 42", "T-07", false);
    }
}

package org.kassa.totp;

/**
 * The answer of {@code barcodeVerify}: the vendor's five fields plus the reason of a failure.
 * {@code fullBarcode} always echoes the input exactly as scanned.
 */
public record BarcodeResult(ResultCode resultCode, boolean totpCodeValid, String cardNumber,
                            String cardSession, String fullBarcode, FailureReason failureReason) {

    public static BarcodeResult anotherInstance(String fullBarcode) {
        return new BarcodeResult(ResultCode.ANOTHER_INSTANCE, false, null, null, fullBarcode, FailureReason.NONE);
    }

    public static BarcodeResult failed(String cardNumber, String fullBarcode, FailureReason reason) {
        return new BarcodeResult(ResultCode.VALIDATION_FAILED, false, cardNumber, null, fullBarcode, reason);
    }

    public static BarcodeResult valid(String cardNumber, String cardSession, String fullBarcode) {
        ResultCode code = cardSession == null ? ResultCode.CARDSESSION_NOT_AVAILABLE : ResultCode.CARDSESSION_AVAILABLE;
        return new BarcodeResult(code, true, cardNumber, cardSession, fullBarcode, FailureReason.NONE);
    }

    /** True when the customer can pay with Koshelek Pay using {@link #cardSession()}. */
    public boolean koshelekPayAvailable() {
        return resultCode == ResultCode.CARDSESSION_AVAILABLE;
    }

    /** Card numbers and barcodes are personal data: only the last four characters are shown. */
    @Override
    public String toString() {
        return "BarcodeResult[" + resultCode + ", totpCodeValid=" + totpCodeValid + ", card=" + mask(cardNumber)
                + ", session=" + (cardSession == null ? "none" : "present") + ", reason=" + failureReason + "]";
    }

    static String mask(String value) {
        if (value == null) {
            return "null";
        }
        return value.length() <= 4 ? "****" : "****" + value.substring(value.length() - 4);
    }
}

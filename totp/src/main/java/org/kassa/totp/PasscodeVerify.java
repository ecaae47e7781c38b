package org.kassa.totp;

import java.nio.charset.StandardCharsets;

/**
 * Passcode Verify: the vendor's TOTP library as the till sees it. Our implementation can be replaced by the
 * vendor's own library through a {@link PasscodeVerifyProvider} (see docs/decisions/0003).
 *
 * <p>Implementations are thread-safe: the UI thread, scanner threads and payment workflows call them at once.
 */
public interface PasscodeVerify {

    /**
     * Verifies a scanned barcode. Never throws, whatever the scanner sent; the input is echoed in
     * {@link BarcodeResult#fullBarcode()}.
     */
    BarcodeResult barcodeVerify(String fullBarcode);

    /**
     * How many times {@link #barcodeVerify} met an unexpected exception (a bug) and answered VALIDATION_FAILED
     * instead of throwing. Always 0 in a healthy till; a health view and the fuzz test watch it. Implementations
     * that cannot tell (e.g. a vendor library) answer 0.
     */
    default long unexpectedFailures() {
        return 0;
    }

    /**
     * Marks the password of a valid barcode as used by a completed sale, so that the same barcode is refused
     * as a replay afterwards. Re-scanning before this call (within the open sale) is harmless.
     */
    void confirmUsed(BarcodeResult result);

    /**
     * The {@code token} header value for a request whose body is exactly {@code requestData}.
     *
     * @throws IllegalArgumentException when {@code requestData} is null
     */
    String getToken(byte[] requestData);

    /** The vendor's signature: the body as a string, sent as UTF-8. */
    default String getToken(String requestData) {
        if (requestData == null) {
            throw new IllegalArgumentException("requestData is null: pass the exact request body");
        }
        return getToken(requestData.getBytes(StandardCharsets.UTF_8));
    }
}

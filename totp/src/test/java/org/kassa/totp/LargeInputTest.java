package org.kassa.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Inputs of a megabyte, far beyond any barcode: answered like small ones, without throwing (same oracle). */
class LargeInputTest {

    @Test
    void hugeInputsUpToOneMegabyteAreHandled() {
        Random random = new Random(1);
        String valid = new BarcodeGenerator(BarcodeFuzzTest.SETTINGS).barcode("42", "ABCDEF", Fixtures.NOW);
        String[] inputs = {
            "CM" + "7".repeat(1 << 20),
            "CM42=" + "=".repeat(1 << 20),
            valid + "\u001d".repeat(1 << 20),
            "4601234567893".repeat(80_000),
            randomText(random, 1 << 20, 0xFFFF),
            "CM" + randomText(random, 1 << 20, 0x7F)
        };
        for (String input : inputs) {
            BarcodeResult r = BarcodeFuzzTest.VERIFY.barcodeVerify(input);
            assertThat(r.fullBarcode()).isSameAs(input);
            BarcodeFuzzTest.assertAsOracleSays(input, r);
        }
    }

    private static String randomText(Random random, int length, int maxChar) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) random.nextInt(maxChar + 1);
        }
        return new String(chars);
    }
}

package org.kassa.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;

/**
 * Whatever a scanner sends, barcodeVerify never throws, echoes the input, and answers exactly as an independent
 * oracle (a regular expression of the contract's layout plus the generator's passwords) says.
 */
class BarcodeFuzzTest {

    static final TotpSettings SETTINGS = Fixtures.settings();
    static final PasscodeVerify VERIFY = Fixtures.verifierAt(SETTINGS, Fixtures.NOW);
    private static final Set<String> WINDOW = Set.of(
            new BarcodeGenerator(SETTINGS).password(Fixtures.NOW - 30),
            new BarcodeGenerator(SETTINGS).password(Fixtures.NOW),
            new BarcodeGenerator(SETTINGS).password(Fixtures.NOW + 30));
    /**
     * The layout of docs/contracts.md#barcode-layout written as one regular expression (prefix CM, delimiter
     * =, session 6, 8 digits).
     */
    private static final Pattern LAYOUT = Pattern.compile("CM([A-Za-z0-9]{1,32})=(?:([A-Za-z0-9]{6})=)?([0-9]{8})");
    private static final List<String> VALID_BARCODES = validBarcodes();
    private static final char[] NASTY = {'\u001d', '\r', '\n', '\u0000', '\u0004', '\t', '=', '\u00a0', '\ufeff',
        '\ud83d', '\ude00', '\uffff', '\u200b', '０', 'С', 'М'};

    @Property(tries = 100_000, seed = "20260522", shrinking = ShrinkingMode.OFF)
    void anyInputGetsTheOracleAnswerWithoutThrowing(@ForAll("scans") String scan) {
        BarcodeResult r = VERIFY.barcodeVerify(scan);
        assertThat(r.fullBarcode()).isSameAs(scan);
        assertAsOracleSays(scan, r);
        // "Never throws" is kept by catching; an input that needed the catch is a bug, and fails here.
        assertThat(VERIFY.unexpectedFailures()).as("unexpected exceptions inside barcodeVerify, see the log").isZero();
        // Every answer must actually occur, or the property would prove little.
        Statistics.label("resultCode").collect(r.resultCode()).coverage(c -> {
            for (ResultCode code : ResultCode.values()) {
                c.check(code).percentage(p -> p > 3.0);
            }
        });
    }

    static void assertAsOracleSays(String scan, BarcodeResult r) {
        Matcher m = LAYOUT.matcher(scan);
        if (m.matches() && WINDOW.contains(m.group(3))) {
            assertThat(r.totpCodeValid()).as("valid barcode %s", scan).isTrue();
            assertThat(r.cardNumber()).isEqualTo(m.group(1));
            assertThat(r.cardSession()).isEqualTo(m.group(2));
            assertThat(r.resultCode()).isEqualTo(m.group(2) == null
                    ? ResultCode.CARDSESSION_NOT_AVAILABLE : ResultCode.CARDSESSION_AVAILABLE);
        } else {
            assertThat(r.totpCodeValid()).as("invalid input %s", printable(scan)).isFalse();
            assertThat(r.cardSession()).isNull();
            assertThat(r.resultCode()).isEqualTo(scan.startsWith("CM") ? ResultCode.VALIDATION_FAILED : ResultCode.ANOTHER_INSTANCE);
            if (r.resultCode() == ResultCode.ANOTHER_INSTANCE) {
                assertThat(r.cardNumber()).isNull();
            }
        }
    }

    @Provide
    Arbitrary<String> scans() {
        Arbitrary<String> valid = Arbitraries.of(VALID_BARCODES);
        Arbitrary<String> mutated = Combinators.combine(valid, Arbitraries.randoms()).as(BarcodeFuzzTest::mutate);
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(80);
        Arbitrary<String> prefixedNoise = Arbitraries.strings().withChars("CM=0123456789ABCDEFabcdef\u001d\r\n ")
                .ofMaxLength(60).map(s -> "CM" + s);
        Arbitrary<String> bytesAsLatin1 = Arbitraries.bytes().array(byte[].class).ofMaxSize(64)
                .map(b -> new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
        return Arbitraries.frequencyOf(
                Tuple.of(4, mutated),
                Tuple.of(2, valid),
                Tuple.of(2, anyChars),
                Tuple.of(1, prefixedNoise),
                Tuple.of(1, bytesAsLatin1));
    }

    /** Barcodes of several cards, with and without session, from inside and outside the drift window. */
    private static List<String> validBarcodes() {
        BarcodeGenerator generator = new BarcodeGenerator(SETTINGS);
        List<String> barcodes = new ArrayList<>();
        for (String card : new String[] {"1", "1234567891011", "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345", "z9"}) {
            for (String session : new String[] {"ABCDEF", null, "a1b2c3"}) {
                for (int offset : new int[] {-60, -30, 0, 30, 60, 3600}) {
                    barcodes.add(generator.barcode(card, session, Fixtures.NOW + offset));
                }
            }
        }
        return barcodes;
    }

    /** One to three edits: replace, insert, delete, duplicate, truncate, with nasty characters. */
    private static String mutate(String barcode, Random random) {
        StringBuilder b = new StringBuilder(barcode);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            int at = b.length() == 0 ? 0 : random.nextInt(b.length());
            char c = random.nextBoolean() ? NASTY[random.nextInt(NASTY.length)] : (char) ('0' + random.nextInt(75));
            switch (random.nextInt(5)) {
                case 0 -> { if (b.length() > 0) { b.setCharAt(at, c); } }
                case 1 -> b.insert(at, c);
                case 2 -> { if (b.length() > 0) { b.deleteCharAt(at); } }
                case 3 -> b.insert(at, b.substring(at, Math.min(b.length(), at + 1 + random.nextInt(8))));
                default -> b.setLength(at);
            }
        }
        return b.toString();
    }

    private static String printable(String s) {
        String shown = s.length() > 80 ? s.substring(0, 80) + "…(" + s.length() + " chars)" : s;
        StringBuilder b = new StringBuilder();
        shown.chars().forEach(c -> b.append(c < 0x20 || (c >= 0xD800 && c <= 0xDFFF)
                ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return b.toString();
    }
}

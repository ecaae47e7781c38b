package org.kassa.scanner.wedge;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kassa.scanner.KeyInput;
import org.kassa.scanner.ScanListener;
import org.kassa.scanner.ScannedCode;
import org.kassa.scanner.wedge.WedgeSettings.Terminator;

class KeyboardWedgeSourceTest {

    static final String TOTP = "CM1234567891011=A1G97N=49203817";
    static final long T0 = 1_000_000_000L;

    final List<ScannedCode> scans = new ArrayList<>();
    final List<KeyInput> typed = new ArrayList<>();

    KeyboardWedgeSource wedge(WedgeSettings settings) {
        KeyboardWedgeSource w = new KeyboardWedgeSource("wedge", settings);
        w.addListener((ScanListener) scans::add);
        w.onHumanKeys(typed::addAll);
        return w;
    }

    /** Offers every key; returns the keys the wedge let through at once. */
    static List<KeyInput> feed(KeyboardWedgeSource w, Keyboard k) {
        List<KeyInput> passed = new ArrayList<>();
        k.keys().forEach(key -> {
            if (!w.offer(key)) {
                passed.add(key);
            }
        });
        return passed;
    }

    @Test
    void scanUnderRussianLayoutGivesTheLatinCodeAndNoKeyReachesTheFocusedField() {
        KeyboardWedgeSource w = wedge(WedgeSettings.defaults());
        Keyboard k = Keyboard.russian(T0).type(TOTP, 4).enter(4);
        assertThat(k.keys().get(0).character()).isEqualTo('С'); // what the layout would have typed

        assertThat(feed(w, k)).isEmpty();

        assertThat(scans).extracting(ScannedCode::text).containsExactly(TOTP);
        assertThat(scans.get(0).knownSymbology()).isEmpty();
        assertThat(scans.get(0).sourceId()).isEqualTo("wedge");
        assertThat(typed).isEmpty();
    }

    @Test
    void toolkitWithoutKeyCodesStillMapsRussianCharactersBackToTheirKeys() {
        KeyboardWedgeSource w = wedge(WedgeSettings.defaults());
        Keyboard k = Keyboard.russian(T0);
        for (KeyInput key : Keyboard.russian(T0).type("CM12A", 3).keys()) {
            k.press(0, key.character(), key.modifiers(), 3);
        }
        feed(w, k.enter(3));
        assertThat(scans).extracting(ScannedCode::text).containsExactly("CM12A");
    }

    @Test
    void humanTypingIsHandedBackInOrderAndIsNeverAScan() {
        KeyboardWedgeSource w = wedge(WedgeSettings.defaults());
        Keyboard k = Keyboard.us(T0).type("4601", 180).enter(200);

        List<KeyInput> passed = feed(w, k);
        w.idle(k.now() + 1_000_000_000L);

        assertThat(scans).isEmpty();
        List<KeyInput> delivered = new ArrayList<>(typed);
        delivered.addAll(passed);
        assertThat(delivered).extracting(KeyInput::keyCode)
                .containsExactly((int) '4', (int) '6', (int) '0', (int) '1', KeyEvent.VK_ENTER);
    }

    @Test
    void scanRightAfterTheOperatorTypedLosesNeitherTheDigitNorTheScan() {
        KeyboardWedgeSource w = wedge(WedgeSettings.defaults());
        Keyboard k = Keyboard.us(T0).type("5", 0).type(TOTP, 250).enter(3);
        // the first code key came 250 ms after the digit; the rest of the code follows at scanner speed
        List<KeyInput> fast = new ArrayList<>(k.keys().subList(0, 2));
        Keyboard burst = Keyboard.us(k.keys().get(1).timestampNanos()).type(TOTP.substring(1), 3).enter(3);
        fast.addAll(burst.keys());
        fast.forEach(w::offer);

        assertThat(typed).extracting(KeyInput::keyCode).containsExactly((int) '5');
        assertThat(scans).extracting(ScannedCode::text).containsExactly(TOTP);
    }

    @Test
    void tooShortBurstIsTypingEvenWhenFast() {
        KeyboardWedgeSource w = wedge(WedgeSettings.defaults());
        List<KeyInput> passed = feed(w, Keyboard.us(T0).type("12", 3).enter(3));
        assertThat(scans).isEmpty();
        assertThat(typed).hasSize(2);
        assertThat(passed).extracting(KeyInput::keyCode).containsExactly(KeyEvent.VK_ENTER);
    }

    @Test
    void tabTerminatorAndPrefixSuffixAreStripped() {
        KeyboardWedgeSource w = wedge(new WedgeSettings(Terminator.TAB, Duration.ofMillis(40), 4, "]Q", "#"));
        feed(w, Keyboard.us(T0).type("]Q" + "cm1234" + "#", 5).tab(5));
        feed(w, Keyboard.us(T0 + 1_000_000_000L).type("CM5678", 5).enter(5));
        w.idle(T0 + 5_000_000_000L);
        assertThat(scans).extracting(ScannedCode::text).containsExactly("cm1234");
        assertThat(typed).hasSize(6); // the Enter-terminated burst is not a scan in Tab mode
    }

    @Test
    void groupSeparatorsAndOtherControlCharactersStayInThePayload() {
        KeyboardWedgeSource w = wedge(WedgeSettings.defaults());
        String gs1 = "0104601234567890\u001D21ABCDEF\u001D9112345";
        feed(w, Keyboard.us(T0).type(gs1, 2).enter(2));

        // Alt+0029 on the numeric keypad: how some scanners type GS
        Keyboard alt = Keyboard.us(T0 + 1_000_000_000L).type("AB", 2);
        for (char d : "0029".toCharArray()) {
            alt.press(KeyEvent.VK_NUMPAD0 + (d - '0'), KeyInput.NO_CHARACTER, KeyInput.ALT, 2);
        }
        feed(w, alt.type("CD", 2).enter(2));

        assertThat(scans).extracting(ScannedCode::text).containsExactly(gs1, "AB\u001DCD");
    }

    @Test
    void withoutTerminatorTheScanEndsWhenTheKeysStop() {
        KeyboardWedgeSource w = wedge(new WedgeSettings(Terminator.NONE, Duration.ofMillis(40), 4, "", ""));
        Keyboard k = Keyboard.us(T0).type(TOTP, 3);
        feed(w, k);
        assertThat(scans).isEmpty();
        w.idle(k.now() + 20_000_000L); // 20 ms later: may still be coming
        assertThat(scans).isEmpty();
        w.idle(k.now() + 60_000_000L);
        assertThat(scans).extracting(ScannedCode::text).containsExactly(TOTP);
    }

    @Test
    void toStringNeverShowsTheCode() {
        KeyboardWedgeSource w = wedge(WedgeSettings.defaults());
        feed(w, Keyboard.us(T0).type(TOTP, 3).enter(3));
        assertThat(scans.get(0).toString()).doesNotContain("49203817").doesNotContain("1234567891011")
                .contains("31 chars");
    }
}

package org.kassa.scanner.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextRepairTest {

    static String asLatin1(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void utf8BytesShownAsLatin1BecomeCyrillicAgain() {
        assertThat(TextRepair.utf8(asLatin1("Кошелёк 42\u001D"))).isEqualTo("Кошелёк 42\u001D");
    }

    @Test
    void textThatIsNotUtf8StaysExactlyAsItWas() {
        assertThat(TextRepair.utf8("Müller\u001D\u00FF")).isEqualTo("Müller\u001D\u00FF");
        assertThat(TextRepair.utf8("CM1234567891011=A1G97N=49203817")).isEqualTo("CM1234567891011=A1G97N=49203817");
        assertThat(TextRepair.utf8("Привет")).isEqualTo("Привет");
    }
}

package org.kassa.printer.slip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/**
 * Whatever the id or label, nothing printed is wider than the paper and no character is lost. Fixed seeds keep
 * CI deterministic (docs/decisions/0060); change one locally to explore.
 */
class WrapTest {

    @Property(seed = "20261122")
    void linesFitAndKeepEveryCharacter(@ForAll @AlphaChars @NumericChars @Chars({' ', '-'}) @StringLength(max = 200)
            String text, @ForAll @IntRange(min = 16, max = 80) int width) {
        List<String> lines = Wrap.lines(text, width);
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(width));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }

    @Property(seed = "20261123")
    void fieldsFitAndKeepLabelAndValue(@ForAll @AlphaChars @StringLength(min = 1, max = 40) String label,
            @ForAll @AlphaChars @NumericChars @Chars('-') @StringLength(min = 1, max = 120) String value,
            @ForAll @IntRange(min = 16, max = 80) int width) {
        List<String> lines = Wrap.field(label, value, width);
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(width));
        String joined = String.join("", lines).replace(" ", "");
        assertThat(joined).startsWith(label).endsWith(value);
    }
}

package org.kassa.scanner.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kassa.scanner.serial.SerialSettings.Terminator;

class FrameSplitterTest {

    static final long MS = 1_000_000L;

    static List<String> texts(List<byte[]> frames) {
        return frames.stream().map(f -> new String(f, StandardCharsets.ISO_8859_1)).toList();
    }

    static List<byte[]> feed(FrameSplitter s, String chunk, long at) {
        byte[] b = chunk.getBytes(StandardCharsets.ISO_8859_1);
        return s.feed(b, b.length, at);
    }

    @Test
    void severalCodesInOneReadComeOutSeparately() {
        FrameSplitter s = new FrameSplitter(Terminator.CR, 100 * MS);
        assertThat(texts(feed(s, "A1\rB2\rC3\r", 0))).containsExactly("A1", "B2", "C3");
    }

    @Test
    void codeSplitOverReadsIsJoinedHoweverLongThePause() {
        FrameSplitter s = new FrameSplitter(Terminator.LF, 100 * MS);
        assertThat(feed(s, "CM12345", 0)).isEmpty();
        assertThat(s.idle(5_000 * MS)).isEmpty();
        assertThat(texts(feed(s, "67\nCM9", 5_000 * MS))).containsExactly("CM1234567");
        assertThat(texts(s.drain())).containsExactly("CM9");
    }

    @Test
    void crlfEndsOnlyOnTheFullPairAndLoneCrStaysInTheCode() {
        FrameSplitter s = new FrameSplitter(Terminator.CRLF, 100 * MS);
        assertThat(texts(feed(s, "A\rB\r", 0))).isEmpty();
        assertThat(texts(feed(s, "\nC\r\n", 1))).containsExactly("A\rB", "C");
    }

    @Test
    void withoutTerminatorSilenceEndsTheCode() {
        FrameSplitter s = new FrameSplitter(Terminator.NONE, 50 * MS);
        assertThat(feed(s, "ABC", 0)).isEmpty();
        assertThat(s.idle(40 * MS)).isEmpty();
        assertThat(texts(feed(s, "D", 40 * MS))).isEmpty();
        assertThat(texts(s.idle(91 * MS))).containsExactly("ABCD");
    }

    @Test
    void everyByteValueButTheTerminatorSurvives() {
        FrameSplitter s = new FrameSplitter(Terminator.CR, 100 * MS);
        byte[] all = new byte[256];
        int n = 0;
        for (int b = 0; b < 256; b++) {
            if (b != '\r') {
                all[n++] = (byte) b;
            }
        }
        all[n++] = '\r';
        List<byte[]> out = new ArrayList<>(s.feed(all, n, 0));
        assertThat(out).hasSize(1);
        assertThat(out.get(0)).hasSize(255).startsWith((byte) 0, (byte) 1).endsWith((byte) 0xFE, (byte) 0xFF);
    }

    @Test
    void runawayLineIsCutInsteadOfGrowingForever() {
        FrameSplitter s = new FrameSplitter(Terminator.CR, 100 * MS);
        byte[] junk = new byte[FrameSplitter.MAX_FRAME + 10];
        java.util.Arrays.fill(junk, (byte) 'x');
        assertThat(s.feed(junk, junk.length, 0)).hasSize(1);
        assertThat(s.drain()).singleElement().satisfies(rest -> assertThat(rest).hasSize(10));
    }
}

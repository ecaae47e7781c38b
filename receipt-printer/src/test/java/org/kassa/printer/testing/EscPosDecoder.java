package org.kassa.printer.testing;

import java.awt.image.BufferedImage;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A test oracle written from the Epson ESC/POS command reference, independent of the module's code: splits a
 * stream into commands and text, follows {@code ESC t n} / {@code ESC GS t n} through a code-page table taken
 * from docs/test-vectors.md#escpos-code-pages, and decodes text with the charset selected at that point. Unknown
 * commands fail the test instead of being skipped.
 */
public final class EscPosDecoder {

    /** A decoded piece: a command (name + parameter bytes) or a text run ({@code name == "text"}). */
    public record Item(String name, byte[] params, String text) {
        @Override
        public String toString() {
            return name.equals("text") ? '"' + text + '"' : name + " " + HexFormat.ofDelimiter(" ").formatHex(
                    params, 0, Math.min(params.length, 12)) + (params.length > 12 ? " ..." : "");
        }
    }

    /** Code pages from docs/test-vectors.md#escpos-code-pages: Epson/clones, Star (ESC GS t), Rongta. */
    public static final Map<Integer, Charset> EPSON = Map.of(0, Charset.forName("IBM437"),
            17, Charset.forName("IBM866"), 46, Charset.forName("windows-1251"));
    public static final Map<Integer, Charset> STAR = Map.of(10, Charset.forName("IBM866"),
            34, Charset.forName("windows-1251"));
    public static final Map<Integer, Charset> RONGTA = Map.of(7, Charset.forName("IBM866"),
            6, Charset.forName("windows-1251"));

    private final Map<Integer, Charset> codePages;
    private Charset charset = Charset.forName("IBM437");
    private final List<Item> items = new ArrayList<>();

    private EscPosDecoder(Map<Integer, Charset> codePages) {
        this.codePages = codePages;
    }

    public static List<Item> decode(byte[] bytes, Map<Integer, Charset> codePages) {
        EscPosDecoder d = new EscPosDecoder(codePages);
        d.run(bytes);
        return d.items;
    }

    /** The printed text lines (text runs joined, split at LF), commands left out. */
    public static List<String> lines(List<Item> items) {
        StringBuilder all = new StringBuilder();
        for (Item i : items) {
            if (i.name().equals("text")) {
                all.append(i.text());
            } else if (i.name().equals("LF")) {
                all.append('\n');
            }
        }
        return Arrays.asList(all.toString().split("\n", -1));
    }

    /** Command names in order, text runs as "text". */
    public static String names(List<Item> items) {
        return items.stream().map(Item::name).collect(Collectors.joining(","));
    }

    /** A {@code GS v 0} command's bitmap as an image (black on white). */
    public static BufferedImage bitmap(Item raster) {
        byte[] p = raster.params();
        int w = (p[1] & 0xFF) | (p[2] & 0xFF) << 8;   // params: m xL xH yL yH data
        int h = (p[3] & 0xFF) | (p[4] & 0xFF) << 8;
        BufferedImage img = new BufferedImage(w * 8, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w * 8; x++) {
                boolean on = ((p[5 + y * w + x / 8] >> (7 - x % 8)) & 1) == 1;
                img.setRGB(x, y, on ? 0x000000 : 0xFFFFFF);
            }
        }
        return img;
    }

    private void run(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int len;
            String name;
            if (c == 0x0A) {
                name = "LF";
                len = 1;
            } else if (c == 0x1B || c == 0x1D || c == 0x1C || c == 0x10) {
                String key = String.format("%02X %02X", c, b[i + 1] & 0xFF);
                name = NAMES.get(key);
                if (name == null) {
                    throw new AssertionError("unknown command " + key + " at byte " + i);
                }
                len = length(name, b, i);
            } else {
                int end = i;
                while (end < b.length && (b[end] & 0xFF) >= 0x20) {
                    end++;
                }
                if (end == i) {
                    throw new AssertionError(String.format("stray control byte %02X at %d", c, i));
                }
                items.add(new Item("text", new byte[0], new String(b, i, end - i, charset)));
                i = end;
                continue;
            }
            int prefix = name.equals("LF") ? 1 : name.startsWith("ESC GS") || name.startsWith("GS (") || name.startsWith("GS v") ? 3 : 2;
            byte[] params = Arrays.copyOfRange(b, i + prefix, i + len);
            items.add(new Item(name, params, null));
            if (name.equals("ESC t") || name.equals("ESC GS t")) {
                charset = codePages.get(params[0] & 0xFF);
                if (charset == null) {
                    throw new AssertionError("code page " + (params[0] & 0xFF) + " is not in the table");
                }
            }
            i += len;
        }
    }

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("1B 40", "ESC @"), Map.entry("1B 74", "ESC t"), Map.entry("1B 1D", "ESC GS t"),
            Map.entry("1C 2E", "FS ."), Map.entry("1B 61", "ESC a"), Map.entry("1B 45", "ESC E"),
            Map.entry("1D 21", "GS !"), Map.entry("1B 64", "ESC d"), Map.entry("1B 70", "ESC p"),
            Map.entry("1B 69", "ESC i"), Map.entry("1B 6D", "ESC m"), Map.entry("1D 56", "GS V"),
            Map.entry("1D 68", "GS h"), Map.entry("1D 77", "GS w"), Map.entry("1D 48", "GS H"),
            Map.entry("1D 6B", "GS k"), Map.entry("1D 28", "GS ( k"), Map.entry("1D 76", "GS v 0"),
            Map.entry("10 04", "DLE EOT"));

    private static int length(String name, byte[] b, int i) {
        return switch (name) {
            case "ESC @", "FS .", "ESC i", "ESC m" -> 2;
            case "ESC GS t" -> 4;
            case "ESC p" -> 5;
            case "GS V" -> (b[i + 2] & 0xFF) >= 65 ? 4 : 3;
            case "GS k" -> 4 + (b[i + 3] & 0xFF);
            case "GS ( k" -> 5 + ((b[i + 3] & 0xFF) | (b[i + 4] & 0xFF) << 8);
            case "GS v 0" -> 8 + ((b[i + 4] & 0xFF) | (b[i + 5] & 0xFF) << 8) * ((b[i + 6] & 0xFF) | (b[i + 7] & 0xFF) << 8);
            default -> 3;
        };
    }
}

package org.kassa.scanner.image;

/** Cheap whole-frame operations that give the decoder a second chance. */
final class Pictures {

    private Pictures() {
    }

    /** Light for dark: a code shown on a phone in dark mode looks like an ordinary one. */
    static Frame inverted(Frame f) {
        byte[] src = f.luminance();
        byte[] out = new byte[f.width() * f.height()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) ~src[i];
        }
        return new Frame(out, f.width(), f.height());
    }

    /**
     * Unsharp mask: each pixel pushed away from the mean of its 3x3 neighbourhood, {@code amount} times the
     * difference. Restores edges a slightly defocused lens smeared (PDF417 rows, thin code128 bars).
     */
    static Frame sharpened(Frame f, int amount) {
        int w = f.width();
        int h = f.height();
        byte[] src = f.luminance();
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int up = Math.max(0, y - 1) * w;
            int row = y * w;
            int down = Math.min(h - 1, y + 1) * w;
            for (int x = 0; x < w; x++) {
                int l = Math.max(0, x - 1);
                int r = Math.min(w - 1, x + 1);
                int sum = 0;
                for (int line : new int[] {up, row, down}) {
                    sum += (src[line + l] & 0xFF) + (src[line + x] & 0xFF) + (src[line + r] & 0xFF);
                }
                int v = src[row + x] & 0xFF;
                int sharp = v + amount * (9 * v - sum) / 9;
                out[row + x] = (byte) Math.max(0, Math.min(255, sharp));
            }
        }
        return new Frame(out, w, h);
    }

    /** The frame turned 90° clockwise: ZXing reads 1D codes along rows only. */
    static Frame turned(Frame f) {
        int w = f.width();
        int h = f.height();
        byte[] src = f.luminance();
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                out[x * h + (h - 1 - y)] = src[row + x];
            }
        }
        return new Frame(out, h, w);
    }

    /**
     * Each pixel averaged with its neighbours above and below ({@code rows} in all): removes sensor noise
     * from the bars of a 1D code without blurring them sideways.
     */
    static Frame smoothedVertically(Frame f, int rows) {
        int w = f.width();
        int h = f.height();
        byte[] src = f.luminance();
        byte[] out = new byte[w * h];
        int half = rows / 2;
        for (int x = 0; x < w; x++) {
            int sum = 0;
            int count = 0;
            for (int y = 0; y < Math.min(half, h); y++) {
                sum += src[y * w + x] & 0xFF;
                count++;
            }
            for (int y = 0; y < h; y++) {
                int add = y + half;
                if (add < h) {
                    sum += src[add * w + x] & 0xFF;
                    count++;
                }
                int drop = y - half - 1;
                if (drop >= 0) {
                    sum -= src[drop * w + x] & 0xFF;
                    count--;
                }
                out[y * w + x] = (byte) (sum / count);
            }
        }
        return new Frame(out, w, h);
    }

    /** The frame on a white margin of a quarter of its size (at least 16 pixels): a quiet zone for the detector. */
    static Frame padded(Frame f) {
        int margin = Math.max(16, Math.max(f.width(), f.height()) / 4);
        int w = f.width() + 2 * margin;
        int h = f.height() + 2 * margin;
        byte[] out = new byte[w * h];
        java.util.Arrays.fill(out, (byte) 0xFF);
        for (int y = 0; y < f.height(); y++) {
            System.arraycopy(f.luminance(), y * f.width(), out, (y + margin) * w + margin, f.width());
        }
        return new Frame(out, w, h);
    }

    /**
     * The frame {@code factor} times larger (bilinear), or only its centre when the whole would exceed
     * {@code maxPixels}: modules of 1–1.5 pixels become wide enough for the binarizer's threshold to fall
     * between them instead of smearing neighbours into one grey. The centre, because that is where a code
     * held far from a camera usually is.
     */
    static Frame zoomed(Frame f, int factor, int maxPixels) {
        int w = f.width();
        int h = f.height();
        double fit = Math.min(1, Math.sqrt(maxPixels / ((double) w * h * factor * factor)));
        int cw = Math.max(1, (int) (w * fit));
        int ch = Math.max(1, (int) (h * fit));
        int left = (w - cw) / 2;
        int top = (h - ch) / 2;
        int ow = cw * factor;
        int oh = ch * factor;
        byte[] src = f.luminance();
        byte[] out = new byte[ow * oh];
        int[] x0 = new int[ow];
        int[] fx = new int[ow];
        for (int x = 0; x < ow; x++) {
            // Output pixel centres in source pixels, (x + 0.5) / factor - 0.5, in 1/256 steps.
            int sx = Math.max(0, ((2 * x + 1) * 256 / factor - 256) / 2);
            x0[x] = left + (sx >> 8);
            fx[x] = sx & 0xFF;
        }
        for (int y = 0; y < oh; y++) {
            int sy = Math.max(0, ((2 * y + 1) * 256 / factor - 256) / 2);
            int row0 = (top + (sy >> 8)) * w;
            int row1 = Math.min(h - 1, top + (sy >> 8) + 1) * w;
            int fy = sy & 0xFF;
            for (int x = 0; x < ow; x++) {
                int a = x0[x];
                int b = Math.min(w - 1, a + 1);
                int upper = (src[row0 + a] & 0xFF) * (256 - fx[x]) + (src[row0 + b] & 0xFF) * fx[x];
                int lower = (src[row1 + a] & 0xFF) * (256 - fx[x]) + (src[row1 + b] & 0xFF) * fx[x];
                out[y * ow + x] = (byte) ((upper * (256 - fy) + lower * fy) >> 16);
            }
        }
        return new Frame(out, ow, oh);
    }
}

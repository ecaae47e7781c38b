package org.kassa.scanner.image;

/** Cheap whole-frame operations that give the decoder a second chance. */
final class Pictures {

    private Pictures() {
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
}

package org.kassa.scanner.image;

import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Random;

/**
 * A camera's view of a printed code, drawn from the generator's crisp picture: the code turned by
 * {@code degrees}, sampled at {@code modulePixels} pixels per module (each pixel the average of 4x4 points,
 * as a sensor integrates light, at a random sub-pixel phase), grey ink on off-white paper, Gaussian lens
 * blur of {@code blurSigma} pixels and Gaussian sensor noise of {@code noiseSigma} grey levels. The same
 * seed always gives the same picture.
 */
record Perturbation(double modulePixels, double degrees, double blurSigma, double noiseSigma, long seed) {

    private static final int INK = 35;
    private static final int PAPER = 220;
    private static final int QUIET_MODULES = 6;
    private static final int SUBSAMPLES = 4;

    /**
     * A random perturbation: module size in the given range, tilt up to ±4°, noise of 2–10 grey levels, and
     * a blur of up to {@code maxBlurModules} modules (the blur scales with the picture, as when the same
     * slightly defocused camera is held nearer or farther).
     */
    static Perturbation random(Random r, double minModule, double maxModule, double maxBlurModules) {
        double module = minModule + r.nextDouble() * (maxModule - minModule);
        return new Perturbation(module, r.nextDouble() * 8 - 4, r.nextDouble() * maxBlurModules * module,
                2 + r.nextDouble() * 8, r.nextLong());
    }

    String label() {
        return String.format(Locale.ROOT, "m%.2f-r%+.1f-b%.2f-n%.0f", modulePixels, degrees, blurSigma, noiseSigma);
    }

    /** The camera picture of {@code code}, whose modules are {@code sourceModule} pixels wide. */
    BufferedImage apply(BufferedImage code, int sourceModule) {
        BufferedImage src = Distortion.onWhite(code, QUIET_MODULES * sourceModule);
        double scale = modulePixels / sourceModule;
        double r = Math.toRadians(degrees);
        double cos = Math.cos(r);
        double sin = Math.sin(r);
        int w = (int) Math.ceil((src.getWidth() * Math.abs(cos) + src.getHeight() * Math.abs(sin)) * scale);
        int h = (int) Math.ceil((src.getHeight() * Math.abs(cos) + src.getWidth() * Math.abs(sin)) * scale);
        Random random = new Random(seed);
        double phaseX = random.nextDouble();
        double phaseY = random.nextDouble();
        var in = src.getRaster();
        double[] img = new double[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double sum = 0;
                for (int j = 0; j < SUBSAMPLES; j++) {
                    for (int i = 0; i < SUBSAMPLES; i++) {
                        // Back from the camera pixel to the printed picture: un-turn, un-scale.
                        double dx = (x + (i + 0.5) / SUBSAMPLES + phaseX - w / 2.0) / scale;
                        double dy = (y + (j + 0.5) / SUBSAMPLES + phaseY - h / 2.0) / scale;
                        int u = (int) Math.floor(dx * cos + dy * sin + src.getWidth() / 2.0);
                        int v = (int) Math.floor(-dx * sin + dy * cos + src.getHeight() / 2.0);
                        boolean dark = u >= 0 && v >= 0 && u < src.getWidth() && v < src.getHeight()
                                && in.getSample(u, v, 0) < 128;
                        sum += dark ? INK : PAPER;
                    }
                }
                img[y * w + x] = sum / (SUBSAMPLES * SUBSAMPLES);
            }
        }
        img = blurred(img, w, h, blurSigma);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        var raster = out.getRaster();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                long v = Math.round(img[y * w + x] + random.nextGaussian() * noiseSigma);
                raster.setSample(x, y, 0, (int) Math.max(0, Math.min(255, v)));
            }
        }
        return out;
    }

    /** Separable Gaussian blur; edges repeat the border pixel. */
    private static double[] blurred(double[] img, int w, int h, double sigma) {
        if (sigma < 0.2) {
            return img;
        }
        int radius = (int) Math.ceil(3 * sigma);
        double[] k = new double[2 * radius + 1];
        double total = 0;
        for (int i = -radius; i <= radius; i++) {
            k[i + radius] = Math.exp(-i * i / (2 * sigma * sigma));
            total += k[i + radius];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= total;
        }
        double[] rows = new double[img.length];
        double[] out = new double[img.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double s = 0;
                for (int i = -radius; i <= radius; i++) {
                    s += k[i + radius] * img[y * w + Math.max(0, Math.min(w - 1, x + i))];
                }
                rows[y * w + x] = s;
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double s = 0;
                for (int i = -radius; i <= radius; i++) {
                    s += k[i + radius] * rows[Math.max(0, Math.min(h - 1, y + i)) * w + x];
                }
                out[y * w + x] = s;
            }
        }
        return out;
    }
}

package org.kassa.scanner.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.Random;
import java.util.function.UnaryOperator;

/** What a camera or a cheap scanner does to a printed code, done in Java on the generated image. */
enum Distortion {
    CLEAN(img -> img),
    SMALLER(img -> scale(img, 0.7)),
    LARGER(img -> scale(img, 1.6)),
    TILT_5(img -> rotate(img, 5)),
    TILT_MINUS_8(img -> rotate(img, -8)),
    BLUR(img -> blur(img, 3)),
    NOISE(img -> noise(img, 30, 7)),
    INVERTED(Distortion::invert),
    TURNED_90(img -> rotate(img, 90)),
    ALL_AT_ONCE(img -> noise(blur(rotate(scale(img, 1.2), 3), 3), 20, 11));

    private final UnaryOperator<BufferedImage> op;

    Distortion(UnaryOperator<BufferedImage> op) {
        this.op = op;
    }

    /** The code on a white margin (a quiet zone, as on paper), then distorted. */
    BufferedImage apply(BufferedImage code) {
        return op.apply(onWhite(code, 24));
    }

    static BufferedImage onWhite(BufferedImage code, int margin) {
        BufferedImage out = new BufferedImage(code.getWidth() + 2 * margin, code.getHeight() + 2 * margin,
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(code, margin, margin, null);
        g.dispose();
        return out;
    }

    static BufferedImage scale(BufferedImage img, double factor) {
        int w = (int) Math.round(img.getWidth() * factor);
        int h = (int) Math.round(img.getHeight() * factor);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    static BufferedImage rotate(BufferedImage img, double degrees) {
        double r = Math.toRadians(degrees);
        double sin = Math.abs(Math.sin(r));
        double cos = Math.abs(Math.cos(r));
        int w = (int) Math.ceil(img.getWidth() * cos + img.getHeight() * sin);
        int h = (int) Math.ceil(img.getHeight() * cos + img.getWidth() * sin);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform t = new AffineTransform();
        t.translate(w / 2.0, h / 2.0);
        t.rotate(r);
        t.translate(-img.getWidth() / 2.0, -img.getHeight() / 2.0);
        g.drawImage(img, t, null);
        g.dispose();
        return out;
    }

    static BufferedImage blur(BufferedImage img, int size) {
        float[] k = new float[size * size];
        java.util.Arrays.fill(k, 1f / k.length);
        BufferedImage src = gray(img);
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        new ConvolveOp(new Kernel(size, size, k), ConvolveOp.EDGE_NO_OP, null).filter(src, out);
        return out;
    }

    /** Gaussian noise with a fixed seed: the same image every run. */
    static BufferedImage noise(BufferedImage img, double sigma, long seed) {
        BufferedImage out = gray(img);
        Random random = new Random(seed);
        var raster = out.getRaster();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                int v = raster.getSample(x, y, 0) + (int) Math.round(random.nextGaussian() * sigma);
                raster.setSample(x, y, 0, Math.max(0, Math.min(255, v)));
            }
        }
        return out;
    }

    static BufferedImage invert(BufferedImage img) {
        BufferedImage out = gray(img);
        var raster = out.getRaster();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                raster.setSample(x, y, 0, 255 - raster.getSample(x, y, 0));
            }
        }
        return out;
    }

    static BufferedImage gray(BufferedImage img) {
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return out;
    }
}

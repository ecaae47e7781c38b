package org.kassa.scanner.image;

import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import java.awt.image.BufferedImage;

/**
 * One picture as 8-bit grey levels, row by row: the form a webcam delivers cheaply and the decoder needs.
 * The array is shared, not copied: a frame source must not reuse it after handing the frame out.
 */
public record Frame(byte[] luminance, int width, int height) {

    public Frame {
        if (width <= 0 || height <= 0 || luminance.length < width * height) {
            throw new IllegalArgumentException("frame: " + luminance.length + " bytes do not hold " + width
                    + "x" + height + " grey pixels");
        }
    }

    /** The grey levels of any image (colour, palette, alpha over white). */
    public static Frame of(BufferedImage image) {
        return new Frame(new BufferedImageLuminanceSource(image).getMatrix(), image.getWidth(), image.getHeight());
    }

    @Override
    public String toString() {
        return "Frame[" + width + "x" + height + "]";
    }
}

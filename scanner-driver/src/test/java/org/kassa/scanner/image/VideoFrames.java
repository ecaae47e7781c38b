package org.kassa.scanner.image;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** A camera-sized grey frame with a little sensor noise, optionally with a picture of a code in it. */
public final class VideoFrames {

    private VideoFrames() {
    }

    public static Frame place(BufferedImage code, int width, int height, long seed) {
        BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = frame.createGraphics();
        g.setColor(new java.awt.Color(200, 200, 200));
        g.fillRect(0, 0, width, height);
        if (code != null) {
            BufferedImage fitted = code.getWidth() > width - 40
                    ? Distortion.scale(code, (width - 40) / (double) code.getWidth()) : code;
            g.drawImage(fitted, (width - fitted.getWidth()) / 2, (height - fitted.getHeight()) / 2, null);
        }
        g.dispose();
        return Frame.of(Distortion.noise(frame, 6, seed));
    }
}

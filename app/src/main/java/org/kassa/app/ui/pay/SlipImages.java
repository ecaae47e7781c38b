package org.kassa.app.ui.pay;

import java.awt.image.BufferedImage;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/** The virtual printer's drawing as a JavaFX image (without the javafx-swing bridge). */
final class SlipImages {

    private SlipImages() {
    }

    static Image toFx(BufferedImage drawn) {
        if (drawn == null) {
            return null;
        }
        WritableImage image = new WritableImage(drawn.getWidth(), drawn.getHeight());
        PixelWriter writer = image.getPixelWriter();
        for (int y = 0; y < drawn.getHeight(); y++) {
            for (int x = 0; x < drawn.getWidth(); x++) {
                writer.setArgb(x, y, drawn.getRGB(x, y));
            }
        }
        return image;
    }
}

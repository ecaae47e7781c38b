package org.kassa.scanner.camera;

import java.time.Duration;
import java.util.Objects;
import org.kassa.scanner.image.BarcodeDecoder;
import org.kassa.scanner.image.CameraSource;

/**
 * A Linux webcam used as a scanner.
 *
 * @param device      V4L2 device, e.g. {@code /dev/video0}
 * @param width       picture width asked from the camera (1280 is a good balance of reach and speed)
 * @param height      picture height
 * @param fps         frames per second asked from the camera
 * @param quietFrames frames a code must be out of sight before the same code counts again
 */
public record CameraSettings(String device, int width, int height, int fps, int quietFrames) {

    public CameraSettings {
        Objects.requireNonNull(device, "device");
        if (width < 16 || height < 16 || fps < 1 || quietFrames < 0) {
            throw new IllegalArgumentException("camera: " + width + "x" + height + " at " + fps
                    + " frames/s is not valid; use e.g. 1280x720 at 30");
        }
    }

    /** The webcam as a barcode source with id {@code camera:DEVICE}; it reopens the camera after a failure. */
    public CameraSource source() {
        return new CameraSource("camera:" + device, () -> FfmpegFrameSource.webcam(device, width, height, fps),
                BarcodeDecoder.Mode.VIDEO, quietFrames,
                Duration.ofSeconds(2));
    }
}

package org.kassa.scanner.image;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.kassa.scanner.ScannedCode;
import org.kassa.scanner.SourceHealth;
import org.kassa.scanner.internal.AbstractSource;
import org.kassa.scanner.internal.Worker;

/**
 * Reads codes from pictures: a webcam or a sequence of image files behind {@link FrameSource}. One thread
 * takes frames as fast as they come and decodes each; a code seen in consecutive frames is reported once.
 * A failing camera is reopened after a pause; the end of an image sequence stops the source.
 */
public final class CameraSource extends AbstractSource {

    /** Opens the frame source; called again after the camera failed. */
    @FunctionalInterface
    public interface Opener {
        FrameSource open() throws IOException;
    }

    private final Opener opener;
    private final int quietFrames;
    private final Duration reopenPause;
    private final BarcodeDecoder.Mode mode;
    private final Worker worker;

    /**
     * @param mode {@link BarcodeDecoder.Mode#VIDEO} for a camera, {@link BarcodeDecoder.Mode#STILL} for image
     *             files, where each picture is shown once and must be read at once
     */
    public CameraSource(String id, Opener opener, BarcodeDecoder.Mode mode, int quietFrames, Duration reopenPause) {
        super(id);
        this.mode = mode;
        this.worker = new Worker("camera-" + id, this::run);
        this.opener = opener;
        this.quietFrames = quietFrames;
        this.reopenPause = reopenPause;
    }

    @Override
    public void start() {
        worker.start();
    }

    @Override
    public void stop() {
        worker.stop();
        report(SourceHealth.Reason.STOPPED, "stopped");
    }

    private void run() {
        BarcodeDecoder decoder = new BarcodeDecoder(mode);
        RepeatFilter repeats = new RepeatFilter(quietFrames);
        while (worker.running()) {
            try (FrameSource frames = opener.open()) {
                report(SourceHealth.Reason.LISTENING, "reading pictures from " + frames.name());
                while (worker.running()) {
                    Optional<Frame> frame = frames.next();
                    if (frame.isEmpty()) {
                        report(SourceHealth.Reason.PICTURES_ENDED, "no more pictures in " + frames.name());
                        return;
                    }
                    Optional<DecodedCode> code = decoder.decode(frame.get());
                    if (repeats.report(code.map(DecodedCode::text).orElse(null))) {
                        emit(new ScannedCode(code.get().text(), code.get().symbology(), id(), Instant.now()));
                    }
                }
            } catch (IOException e) {
                if (!worker.running()) {
                    return;
                }
                report(SourceHealth.Reason.CAMERA_FAILED, e.getMessage() + "; trying again in "
                        + reopenPause.toSeconds() + " s");
                Worker.pause(reopenPause);
            }
        }
    }
}

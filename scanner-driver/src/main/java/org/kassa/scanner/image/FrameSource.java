package org.kassa.scanner.image;

import java.io.IOException;
import java.util.Optional;

/** Where pictures come from: a webcam, or image files (training mode, tests, diagnostics). */
public interface FrameSource extends AutoCloseable {

    /** A short name for messages and source ids, e.g. {@code /dev/video0} or a folder. */
    String name();

    /**
     * The next frame, waiting for it if needed; empty when there are no more (end of an image sequence).
     *
     * @throws IOException when the device failed or went away; the caller may open it again later
     */
    Optional<Frame> next() throws IOException;

    @Override
    void close();
}

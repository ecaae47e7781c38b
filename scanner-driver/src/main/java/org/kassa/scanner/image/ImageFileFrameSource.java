package org.kassa.scanner.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Image files played as camera frames, in name order: the training-mode camera and the test camera.
 * A file that is not a readable image is skipped with a warning, so one bad file does not stop the rest.
 */
public final class ImageFileFrameSource implements FrameSource {

    private static final Logger LOG = LoggerFactory.getLogger(ImageFileFrameSource.class);
    private static final List<String> EXTENSIONS = List.of(".png", ".jpg", ".jpeg", ".bmp", ".gif");

    private final String name;
    private final Iterator<Path> files;
    private final long paceMillis;
    private boolean started;

    /** Plays {@code files} in the given order, waiting {@code pace} before each one after the first. */
    public ImageFileFrameSource(String name, List<Path> files, Duration pace) {
        this.name = name;
        this.files = List.copyOf(files).iterator();
        this.paceMillis = pace.toMillis();
    }

    /** One image file, or every image in a folder in name order. */
    public static ImageFileFrameSource of(Path fileOrFolder, Duration pace) throws IOException {
        if (Files.isDirectory(fileOrFolder)) {
            try (Stream<Path> list = Files.list(fileOrFolder)) {
                return new ImageFileFrameSource(fileOrFolder.toString(),
                        list.filter(ImageFileFrameSource::looksLikeImage).sorted().toList(), pace);
            }
        }
        if (!Files.isRegularFile(fileOrFolder)) {
            throw new IOException(fileOrFolder + ": no such file or folder; give an image file or a folder of "
                    + "PNG/JPEG images");
        }
        return new ImageFileFrameSource(fileOrFolder.toString(), List.of(fileOrFolder), pace);
    }

    /** Reads one image file as a frame, with a message that says what to do when it cannot. */
    public static Frame read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a folder; give the image files in it");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException("no such file");
        }
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException("not an image this program can read; use PNG, JPEG, BMP or GIF");
        }
        return Frame.of(image);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized Optional<Frame> next() throws IOException {
        while (files.hasNext()) {
            Path file = files.next();
            if (started) {
                sleep();
            }
            started = true;
            try {
                return Optional.of(read(file));
            } catch (IOException e) {
                LOG.warn("{}: skipped: {}", file, e.getMessage());
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        // nothing is held open between frames
    }

    private void sleep() throws IOException {
        if (paceMillis <= 0) {
            return;
        }
        try {
            Thread.sleep(paceMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static boolean looksLikeImage(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(n::endsWith);
    }
}

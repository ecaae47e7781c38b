package org.kassa.scanner.camera;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.kassa.scanner.image.Frame;
import org.kassa.scanner.image.FrameSource;

/**
 * A Linux webcam read through an {@code ffmpeg} child process (V4L2 in, raw 8-bit grey frames out on its
 * standard output): no native library in the till, and the camera driver problems stay in another process.
 * See docs/decisions/0042. The command is replaceable, so the frame plumbing is tested with any program
 * that writes raw grey frames.
 */
public final class FfmpegFrameSource implements FrameSource {

    private final String name;
    private final int width;
    private final int height;
    private final Process process;
    private final DataInputStream frames;
    private final Path errors;

    private FfmpegFrameSource(String name, List<String> command, int width, int height) throws IOException {
        this.name = name;
        this.width = width;
        this.height = height;
        this.errors = Files.createTempFile("kassa-camera", ".log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(errors.toFile());
        try {
            this.process = pb.start();
        } catch (IOException e) {
            Files.deleteIfExists(errors);
            throw new IOException(command.get(0) + " cannot be started (" + e.getMessage()
                    + "); for a webcam install the 'ffmpeg' package", e);
        }
        this.frames = new DataInputStream(process.getInputStream());
    }

    /** The webcam at {@code device} (e.g. /dev/video0), asked for {@code width}x{@code height} pictures. */
    public static FfmpegFrameSource webcam(String device, int width, int height, int fps) throws IOException {
        return command(device, List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-nostdin",
                "-f", "v4l2", "-framerate", Integer.toString(fps), "-video_size", width + "x" + height,
                "-i", device, "-f", "rawvideo", "-pix_fmt", "gray", "-"), width, height);
    }

    /** Any command that writes raw 8-bit grey frames of {@code width}x{@code height} to its output. */
    public static FfmpegFrameSource command(String name, List<String> command, int width, int height)
            throws IOException {
        return new FfmpegFrameSource(name, command, width, height);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<Frame> next() throws IOException {
        byte[] pixels = new byte[width * height];
        try {
            frames.readFully(pixels);
            return Optional.of(new Frame(pixels, width, height));
        } catch (EOFException end) {
            return endOfStream();
        }
    }

    private Optional<Frame> endOfStream() throws IOException {
        try {
            int exit = process.waitFor();
            if (exit == 0) {
                return Optional.empty();
            }
            throw new IOException(name + ": capture stopped (exit " + exit + ": " + lastError()
                    + "); check that the camera is plugged in and supports " + width + "x" + height);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(name + ": interrupted", e);
        }
    }

    private String lastError() throws IOException {
        List<String> lines = Files.readAllLines(errors, StandardCharsets.UTF_8);
        return lines.isEmpty() ? "no message" : lines.get(lines.size() - 1).strip();
    }

    @Override
    public void close() {
        process.destroy();
        try (InputStream in = frames) {
            Files.deleteIfExists(errors);
        } catch (IOException ignored) {
            // a temp file left behind is harmless
        }
    }
}

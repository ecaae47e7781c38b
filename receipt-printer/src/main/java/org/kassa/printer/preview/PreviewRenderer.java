package org.kassa.printer.preview;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.kassa.printer.PrinterProfile;
import org.kassa.printer.preview.EscPosReader.Token;

/**
 * Draws an ESC/POS stream the way a printer of the given profile would print it: text lines with alignment,
 * bold and size, raster images, QR codes and Code 128 barcodes, and cuts as dashed lines. For the virtual
 * printer (training mode, the till's preview); it reads the same bytes a real printer gets.
 */
public final class PreviewRenderer {

    /** White paper margin around the printable width, wide enough for a QR code's quiet zone. */
    public static final int MARGIN = 24;
    static final int LINE_DOTS = 24;

    private final PrinterProfile profile;
    private final int cell;
    private final Font font;
    private final List<Consumer<Graphics2D>> ops = new ArrayList<>();
    private final LineBuffer line;
    private final Codes codes = new Codes();
    private int y = MARGIN;
    private int align;

    private PreviewRenderer(PrinterProfile profile) {
        this.profile = profile;
        this.cell = profile.dotsPerLine() / profile.columns();
        this.font = new Font(Font.MONOSPACED, Font.PLAIN, Math.round(cell / 0.6f));
        this.line = new LineBuffer(cell);
    }

    /** The printed paper as an image, {@code dotsPerLine + 2 * MARGIN} wide. */
    public static BufferedImage render(byte[] stream, PrinterProfile profile) {
        return new PreviewRenderer(profile).run(stream);
    }

    private BufferedImage run(byte[] stream) {
        for (Token t : EscPosReader.read(stream)) {
            apply(t);
        }
        flushLine(false);
        BufferedImage image = new BufferedImage(profile.dotsPerLine() + 2 * MARGIN, y + MARGIN,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        ops.forEach(op -> op.accept(g));
        g.dispose();
        return image;
    }

    private void apply(Token t) {
        switch (t.name()) {
            case "TEXT" -> line.add(new String(t.data(), profile.charset()));
            case "LF" -> flushLine(true);
            case "ESC @" -> {
                align = 0;
                line.reset();
            }
            case "ESC a" -> align = t.arg(0) % 3;
            case "ESC E" -> line.bold(t.arg(0) != 0);
            case "GS !" -> line.size((t.arg(0) >> 4) + 1, (t.arg(0) & 0x0F) + 1);
            case "ESC d" -> {
                flushLine(false);
                y += t.arg(0) * LINE_DOTS;
            }
            case "GS V", "ESC i", "ESC m" -> cut(t);
            case "GS v 0" -> bitmap(codes.raster(t));
            case "GS ( k" -> bitmap(codes.qr(t));
            case "GS k" -> barcode(t);
            default -> codes.setting(t);
        }
    }

    private void flushLine(boolean feed) {
        if (line.isEmpty()) {
            y += feed ? LINE_DOTS : 0;
            return;
        }
        int top = y;
        int x = MARGIN + offset(line.width());
        List<LineBuffer.Run> runs = line.take();
        int height = runs.stream().mapToInt(LineBuffer.Run::height).max().orElse(1) * LINE_DOTS;
        ops.add(g -> LineBuffer.draw(g, runs, font, cell, x, top + height - 6));
        y += height;
    }

    private void bitmap(BufferedImage image) {
        if (image == null) {
            return;
        }
        flushLine(false);
        int top = y;
        int x = MARGIN + offset(image.getWidth());
        ops.add(g -> g.drawImage(image, x, top, null));
        y += image.getHeight();
    }

    private void barcode(Token t) {
        String text = codes.barcodeText(t);
        bitmap(codes.code128(text));
        if (codes.hriBelow()) {
            line.add(text);
            flushLine(true);
        }
    }

    private void cut(Token t) {
        flushLine(false);
        if (t.name().equals("GS V") && t.data().length > 1) {
            y += t.arg(1);
        }
        int at = y + LINE_DOTS / 2;
        ops.add(g -> {
            g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 6}, 0));
            g.drawLine(0, at, profile.dotsPerLine() + 2 * MARGIN, at);
        });
        y += LINE_DOTS;
    }

    private int offset(int width) {
        int free = Math.max(0, profile.dotsPerLine() - width);
        return align == 1 ? free / 2 : align == 2 ? free : 0;
    }

    static String ascii(byte[] data, int from) {
        return new String(data, from, data.length - from, StandardCharsets.ISO_8859_1);
    }
}

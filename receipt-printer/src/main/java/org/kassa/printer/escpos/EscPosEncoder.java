package org.kassa.printer.escpos;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.kassa.printer.EncodingWarning;
import org.kassa.printer.PrintDocument;
import org.kassa.printer.PrinterProfile;
import org.kassa.printer.PrinterProfile.CodePageCommand;
import org.kassa.printer.ReceiptBuilder;

/** {@link ReceiptBuilder} for ESC/POS printers: one builder makes one document. */
public final class EscPosEncoder implements ReceiptBuilder {

    private static final int BARCODE_HEIGHT_DOTS = 80;
    private static final int BARCODE_MODULE_DOTS = 2;
    private static final int HRI_BELOW = 2;
    private static final int CODE128 = 73;

    private final PrinterProfile profile;
    private final TextEncoder text;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
    private final List<EncodingWarning> warnings = new ArrayList<>();

    public EscPosEncoder(PrinterProfile profile) {
        this.profile = profile;
        this.text = new TextEncoder(profile.charset());
        command(EscPos.ESC, '@');
        if (profile.leaveChineseMode()) {
            command(EscPos.FS, '.');
        }
        if (profile.codePageCommand() == CodePageCommand.STAR) {
            command(EscPos.ESC, EscPos.GS, 't', profile.codePage());
        } else {
            command(EscPos.ESC, 't', profile.codePage());
        }
    }

    @Override
    public ReceiptBuilder align(Align align) {
        command(EscPos.ESC, 'a', align.ordinal());
        return this;
    }

    @Override
    public ReceiptBuilder bold(boolean on) {
        command(EscPos.ESC, 'E', on ? 1 : 0);
        return this;
    }

    @Override
    public ReceiptBuilder size(int width, int height) {
        if (width < 1 || width > 8 || height < 1 || height > 8) {
            throw new IllegalArgumentException("character size " + width + "x" + height + " is out of range 1..8");
        }
        command(EscPos.GS, '!', (width - 1) << 4 | (height - 1));
        return this;
    }

    @Override
    public ReceiptBuilder text(String value) {
        text.encode(value, out, warnings);
        return this;
    }

    @Override
    public ReceiptBuilder line(String value) {
        text(value);
        out.write(EscPos.LF);
        return this;
    }

    @Override
    public ReceiptBuilder feed(int lines) {
        for (int i = 0; i < lines; i++) {
            out.write(EscPos.LF);
        }
        return this;
    }

    @Override
    public ReceiptBuilder qr(String data, int moduleDots) {
        if (moduleDots < 1 || moduleDots > 16) {
            throw new IllegalArgumentException("QR module size " + moduleDots + " is out of range 1..16");
        }
        if (profile.qr() == PrinterProfile.QrMode.NATIVE) {
            QrCodes.nativeQr(data, moduleDots, out);
        } else {
            QrCodes.rasterQr(data, moduleDots, out);
        }
        return this;
    }

    @Override
    public ReceiptBuilder code128(String data) {
        if (data.isEmpty() || data.length() > 253 || !data.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
            throw new IllegalArgumentException("Code 128 takes 1..253 printable ASCII characters; got "
                    + data.length() + " characters");
        }
        command(EscPos.GS, 'h', BARCODE_HEIGHT_DOTS);
        command(EscPos.GS, 'w', BARCODE_MODULE_DOTS);
        command(EscPos.GS, 'H', HRI_BELOW);
        command(EscPos.GS, 'k', CODE128, data.length() + 2, '{', 'B');
        for (int i = 0; i < data.length(); i++) {
            out.write(data.charAt(i));
        }
        return this;
    }

    @Override
    public ReceiptBuilder image(BufferedImage image) {
        Raster.image(image, profile.dotsPerLine(), out);
        return this;
    }

    @Override
    public ReceiptBuilder cut(Cut cut) {
        boolean full = cut == Cut.FULL;
        switch (profile.cut()) {
            case GS_V -> {
                command(EscPos.ESC, 'd', profile.cutFeed());
                command(EscPos.GS, 'V', full ? 0 : 1);
            }
            case GS_V_FEED -> command(EscPos.GS, 'V', full ? 65 : 66, profile.cutFeed());
            case ESC_I -> {
                command(EscPos.ESC, 'd', profile.cutFeed());
                command(EscPos.ESC, full ? 'i' : 'm');
            }
            case NONE -> command(EscPos.ESC, 'd', profile.cutFeed());
        }
        return this;
    }

    @Override
    public ReceiptBuilder drawerPulse() {
        command(EscPos.ESC, 'p', profile.drawerPin() == 2 ? 0 : 1, profile.drawerOnMs() / 2,
                profile.drawerOffMs() / 2);
        return this;
    }

    @Override
    public int columns() {
        return profile.columns();
    }

    @Override
    public PrintDocument build() {
        return new PrintDocument(out.toByteArray(), warnings);
    }

    private void command(int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
    }
}

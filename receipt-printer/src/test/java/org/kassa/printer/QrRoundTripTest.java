package org.kassa.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.kassa.printer.testing.EscPosDecoder;
import org.kassa.printer.testing.Samples;
import org.kassa.printer.testing.Tools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The QR code on the slip gives back the transaction id, so a supervisor can start a refund by scanning it:
 * the printed image is decoded with ZXing and, independently, with zbarimg.
 */
class QrRoundTripTest {

    private static final SlipData SLIP = Samples.slip(Samples.sbpPayment());

    static String decodeQr(BufferedImage image) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    @Test
    void nativeQrAsTheVirtualPrinterDrawsItDecodesToTheTransactionId() throws Exception {
        PrinterProfile epson = PrinterProfiles.named("epson");
        BufferedImage paper = new VirtualPrinter(epson).preview(Slips.koshelekSlip(epson, SLIP, Slips.RUSSIAN).bytes());
        ImageIO.write(paper, "png", Path.of("target", "preview-epson-slip.png").toFile());
        assertThat(decodeQr(paper)).isEqualTo(Samples.PAYMENT_TX);
    }

    @Test
    void rasterQrBitsFromTheStreamDecodeToTheTransactionId() throws Exception {
        PrinterProfile clone = PrinterProfiles.named("clone-58");
        List<EscPosDecoder.Item> rasters = EscPosDecoder.decode(Slips.koshelekSlip(clone, SLIP, Slips.RUSSIAN).bytes(),
                EscPosDecoder.EPSON).stream().filter(i -> i.name().equals("GS v 0")).toList();
        assertThat(rasters).isNotEmpty();
        assertThat(decodeQr(onWhitePaper(rasters.stream().map(EscPosDecoder::bitmap).toList())))
                .isEqualTo(Samples.PAYMENT_TX);
    }

    @Test
    void zbarimgReadsTheRefundQrFromThePreview(@TempDir Path dir) throws Exception {
        Tools.require("zbarimg", "zbar-tools", "the independent barcode decoder");
        PrinterProfile star = PrinterProfiles.named("star");
        SlipData refund = Samples.slip(Samples.dolyameRefund());
        Path png = dir.resolve("slip.png");
        ImageIO.write(new VirtualPrinter(star).preview(Slips.koshelekSlip(star, refund, Slips.RUSSIAN).bytes()),
                "png", png.toFile());
        assertThat(zbarimg(png)).isEqualTo("QR-Code:" + refund.operation().refundTransactionId());
    }

    @Test
    void zbarimgReadsTheCode128AndTheQrOfTheTestPage(@TempDir Path dir) throws Exception {
        Tools.require("zbarimg", "zbar-tools", "the independent barcode decoder");
        PrinterProfile epson = PrinterProfiles.named("epson");
        Path png = dir.resolve("test.png");
        ImageIO.write(new VirtualPrinter(epson).preview(Slips.testPage(epson, SLIP, Slips.RUSSIAN).bytes()), "png",
                png.toFile());
        assertThat(zbarimg(png).lines()).containsExactlyInAnyOrder("CODE-128:KASSA-TEST-128",
                "QR-Code:" + Samples.PAYMENT_TX);
    }

    private static String zbarimg(Path png) throws IOException, InterruptedException {
        return Tools.run(Duration.ofSeconds(30), List.of("zbarimg", "-q", png.toString()));
    }

    /** Bands stacked top to bottom with a white quiet zone, as on paper. */
    private static BufferedImage onWhitePaper(List<BufferedImage> bands) {
        int width = bands.stream().mapToInt(BufferedImage::getWidth).max().orElseThrow();
        int height = bands.stream().mapToInt(BufferedImage::getHeight).sum();
        BufferedImage paper = new BufferedImage(width + 80, height + 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = paper.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, paper.getWidth(), paper.getHeight());
        int y = 40;
        for (BufferedImage band : bands) {
            g.drawImage(band, 40, y, null);
            y += band.getHeight();
        }
        g.dispose();
        return paper;
    }
}

package org.kassa.printer;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * What Kassa must know about one printer model: paper, code page, cut, drawer, QR support. Profiles live in
 * configuration ({@link PrinterProfiles}), never in code, so a merchant can add a model without a new build.
 *
 * @param name             short name, e.g. {@code epson}
 * @param description      what the profile is for
 * @param paperWidthMm     58 or 80
 * @param columns          characters per line in the normal font (58 mm: 32, 80 mm: 48)
 * @param dotsPerLine      printable dots per line (58 mm: 384, 80 mm: 576), for raster images
 * @param codePageCommand  how the code page is selected
 * @param codePage         the printer's code page number (Epson CP866 = 17)
 * @param charset          the Java charset of that code page
 * @param leaveChineseMode send {@code FS .} first: clones start in a double-byte Chinese mode
 * @param cut              how paper is cut
 * @param cutFeed          lines (or motion units for {@link CutStyle#GS_V_FEED}) fed before the cut
 * @param drawerPin        drawer kick connector pin, 2 or 5
 * @param drawerOnMs       drawer pulse on-time in ms (2..510)
 * @param drawerOffMs      drawer pulse off-time in ms (2..510)
 * @param qr               native QR command or a raster image
 * @param status           whether status is asked ({@code DLE EOT n}) on bidirectional links and whether an
 *                         answer is required (docs/decisions/0085)
 */
public record PrinterProfile(String name, String description, int paperWidthMm, int columns, int dotsPerLine,
        CodePageCommand codePageCommand, int codePage, Charset charset, boolean leaveChineseMode,
        CutStyle cut, int cutFeed, int drawerPin, int drawerOnMs, int drawerOffMs, QrMode qr,
        StatusMode status) {

    /** How the code page is chosen. */
    public enum CodePageCommand {
        /** {@code ESC t n}: Epson and most clones. */
        ESC_T,
        /** {@code ESC GS t n}: Star printers. */
        STAR
    }

    /** How the paper is cut. */
    public enum CutStyle {
        /** {@code ESC d n} then {@code GS V 0} (full) or {@code GS V 1} (partial). */
        GS_V,
        /** {@code GS V 65 n} (full) or {@code GS V 66 n} (partial): feed and cut in one command. */
        GS_V_FEED,
        /** Legacy: {@code ESC d n} then {@code ESC i} (full) or {@code ESC m} (partial). */
        ESC_I,
        /** No cutter: only feed, the operator tears the paper. */
        NONE
    }

    /** How QR codes are printed. */
    public enum QrMode {
        /** {@code GS ( k}: the printer draws the code. */
        NATIVE,
        /** A {@code GS v 0} raster image drawn by Kassa: for printers without QR support. */
        RASTER
    }

    /** What a job does about the printer's status answers ({@code DLE EOT 1/2/4}). */
    public enum StatusMode {
        /** Never ask: a job counts as printed once all bytes were accepted (one-way printers, no waiting). */
        OFF,
        /**
         * Ask before and after the job and fail on a reported problem; a printer that never answers (a raw
         * port-9100 sink, a print server) still gets the job, reported as printed with status unknown.
         */
        OPTIONAL,
        /** Ask, and fail the job with TIMEOUT when the printer does not answer: for printers known to answer. */
        STRICT
    }

    public PrinterProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(codePageCommand, "codePageCommand");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(cut, "cut");
        Objects.requireNonNull(qr, "qr");
        Objects.requireNonNull(status, "status");
        requireRange("paper.widthMm", paperWidthMm, 40, 120);
        requireRange("columns", columns, 16, 80);
        requireRange("dotsPerLine", dotsPerLine, 128, 2048);
        requireRange("codePage.number", codePage, 0, 255);
        requireRange("cut.feed", cutFeed, 0, 255);
        if (drawerPin != 2 && drawerPin != 5) {
            throw new IllegalArgumentException("drawer.pin: " + drawerPin + " is not a drawer pin; use 2 or 5");
        }
        requireRange("drawer.onMs", drawerOnMs, 2, 510);
        requireRange("drawer.offMs", drawerOffMs, 2, 510);
    }

    /** Status is asked on bidirectional links (mode {@code optional} or {@code strict}). */
    public boolean statusQueries() {
        return status != StatusMode.OFF;
    }

    /** This profile with another status mode, e.g. for a printer behind a print server. */
    public PrinterProfile withStatus(StatusMode mode) {
        return new PrinterProfile(name, description, paperWidthMm, columns, dotsPerLine, codePageCommand, codePage,
                charset, leaveChineseMode, cut, cutFeed, drawerPin, drawerOnMs, drawerOffMs, qr, mode);
    }

    private static void requireRange(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(key + ": " + value + " is out of range; allowed " + min + ".." + max);
        }
    }
}

package org.kassa.app.ui.mealcard;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;

/**
 * The provider's form outside the window, where the runtime has no WebView (decision 0148): Craftgate's
 * {@code htmlContent} is saved as a page of its own under the data folder (readable by this user only) and opened
 * in the system browser. The form posts to the provider, and the result reaches the till by the verified
 * callback, exactly as from the window.
 */
public final class BrowserForm {

    /** Opens a page in a browser; false when none could be started. */
    @FunctionalInterface
    public interface Browser {
        boolean open(URI page);
    }

    /** The saved page and whether a browser was started for it. */
    public record Opened(Path file, boolean browserStarted) {
    }

    private static final String FOLDER = "mealcard-forms";
    private static final String BOM = "\uFEFF";     // the page declares no charset: a browser then reads UTF-8

    private final Path folder;
    private final Browser browser;

    public BrowserForm(Path folder, Browser browser) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.browser = Objects.requireNonNull(browser, "browser");
    }

    /** Pages under {@code <dataDir>/mealcard-forms}, opened with the computer's browser (xdg-open). */
    public static BrowserForm inDataFolder(Path dataDir) {
        return new BrowserForm(dataDir.resolve(FOLDER), SystemBrowser::open);
    }

    /** Saves the form of {@code sessionId} (replacing older ones) and opens it. */
    public Opened open(String sessionId, String html) throws IOException {
        discard();
        Path file = folder.resolve("form-" + safe(sessionId) + ".html");
        try {
            Files.createDirectories(folder, ownerOnly("rwx------"));
            Files.createFile(file, ownerOnly("rw-------"));
            Files.writeString(file, BOM + html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException("cannot save the provider's form to " + file + " (" + e.getMessage()
                    + "); check that kassa.dataDir is writable", e);
        }
        return new Opened(file, browser.open(file.toUri()));
    }

    /** Opens a saved form again (the customer closed the browser's tab). */
    public boolean reopen(Path file) {
        return browser.open(file.toUri());
    }

    /** Deletes the saved forms: the screen closed or a new step began. Nothing else is kept in the folder. */
    public void discard() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> forms = Files.newDirectoryStream(folder, "form-*.html")) {
            for (Path form : forms) {
                Files.deleteIfExists(form);
            }
        } catch (IOException e) {
            // the folder is this user's only; the next discard tries again
        }
    }

    private static String safe(String sessionId) {
        return sessionId == null ? "session" : sessionId.replaceAll("[^A-Za-z0-9-]", "_");
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
    }
}

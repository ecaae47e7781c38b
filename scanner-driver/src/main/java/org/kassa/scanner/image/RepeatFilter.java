package org.kassa.scanner.image;

/**
 * A code held in front of a camera is in many frames in a row; it is reported once. The same code is
 * reported again only after it was out of sight for more than {@code quietFrames} frames (a few missed
 * frames of a blurred code do not count as "out of sight"). A different code is reported at once.
 */
final class RepeatFilter {

    private final int quietFrames;
    private String last;
    private int missing;

    RepeatFilter(int quietFrames) {
        this.quietFrames = quietFrames;
    }

    /** Called once per frame with the code found in it, or null; true if the code is to be reported. */
    boolean report(String textOrNull) {
        if (textOrNull == null) {
            if (last != null && ++missing > quietFrames) {
                last = null;
            }
            return false;
        }
        missing = 0;
        if (textOrNull.equals(last)) {
            return false;
        }
        last = textOrNull;
        return true;
    }
}

package org.kassa.app.cli.ops;

import java.util.Locale;

/**
 * One finding of {@code kassa doctor}.
 *
 * @param id     stable name for scripts: config, database, disk, central, pay, clock, printer, scanners, postback
 * @param status how it went
 * @param detail what was found, in the operator's language (paths, versions, figures)
 * @param fix    what to do about it, in the operator's language; empty when nothing is to be done
 */
public record Check(String id, Status status, String detail, String fix) {

    /** OK and WARN pass (exit 0); a PROBLEM makes {@code doctor} exit 1; SKIPPED was not applicable. */
    public enum Status {
        OK, WARN, PROBLEM, SKIPPED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public boolean problem() {
        return status == Status.PROBLEM;
    }
}

package org.kassa.printer;

/** How sure Kassa is that a job that did not fail reached the paper (docs/decisions/0085). */
public enum PrintOutcome {
    /**
     * Every byte was accepted and, where the profile asks for status, the printer reported itself ready after
     * the job. With {@code status.mode = off} or on a one-way link (device file) accepted bytes count as printed.
     */
    PRINTED,
    /**
     * Every byte was accepted but the printer never answered the status query ({@code status.mode = optional}):
     * a raw port-9100 sink or a print server. The operator should look at the paper;
     * {@link PrinterTips#statusUnknown} is the warning that names the fix.
     */
    PRINTED_STATUS_UNKNOWN
}

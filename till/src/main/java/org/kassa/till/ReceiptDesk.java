package org.kassa.till;

import java.util.List;
import org.kassa.printer.PrintOutcome;
import org.kassa.printer.PrinterException;
import org.kassa.printer.PrinterTips;
import org.kassa.till.sale.Sale;
import org.kassa.till.tender.PaymentRecord;

/**
 * Prints receipts so that none is lost: the bytes are stored first (before the sale is saved PAID), then sent;
 * a dead printer leaves the job stored (FAILED) for a reprint, and the sale stays paid. A job stored but not
 * sent (a crash) is printed on the next start, and never stored twice.
 */
final class ReceiptDesk {

    private static final String RECEIPT = "RECEIPT";

    private final TillSetup setup;
    private final Notices notices;
    private final PrinterTips tips;

    ReceiptDesk(TillSetup setup, Notices notices) {
        this.setup = setup;
        this.notices = notices;
        this.tips = PrinterTips.forLanguage(setup.texts().locale().getLanguage());
    }

    /**
     * The sale's receipt job, stored: the one a crash left unsent if there is one, else a new one. Stored
     * before the sale is saved PAID, so a paid sale in the store always has its receipt job. Null without a
     * printer.
     */
    TillRecords.PendingPrint storeReceipt(Sale sale, List<PaymentRecord> payments) {
        if (setup.printer() == null || setup.receipt() == null) {
            return null;
        }
        for (TillRecords.PendingPrint job : setup.records().pendingPrints()) {
            if (sale.id().equals(job.saleId()) && RECEIPT.equals(job.kind())) {
                return job;
            }
        }
        byte[] bytes = setup.receipt().of(sale, payments).bytes();
        return new TillRecords.PendingPrint(setup.records().savePrintJob(sale.id(), RECEIPT, bytes), sale.id(),
                RECEIPT, bytes);
    }

    /** Sends a stored job; nothing when there is no printer (null). */
    void print(TillRecords.PendingPrint job) {
        if (job != null) {
            send(job.id(), job.bytes());
        }
    }

    /** Sends the stored jobs that never reached the printer; true when none is left. */
    boolean printPending() {
        boolean allDone = true;
        for (TillRecords.PendingPrint job : setup.records().pendingPrints()) {
            allDone &= send(job.id(), job.bytes());
        }
        return allDone;
    }

    private boolean send(String jobId, byte[] bytes) {
        try {
            PrintOutcome outcome = setup.printer().send(bytes, setup.printTimeout());
            if (outcome == PrintOutcome.PRINTED_STATUS_UNKNOWN) {
                // Sent, but the printer never said it is fine: kept apart so a supervisor can check the paper.
                setup.records().printJobDone(jobId, "STATUS_UNKNOWN", tips.statusUnknown(setup.printer().address()));
            } else {
                setup.records().printJobDone(jobId, "PRINTED", null);
            }
            return true;
        } catch (PrinterException e) {
            String advice = e.getMessage() + ". " + tips.advice(e, setup.printer().address());
            setup.records().printJobDone(jobId, "FAILED", advice);
            notices.tell("print.failed", advice);
            return false;
        }
    }
}

package org.kassa.till;

import java.util.List;
import org.kassa.printer.PrintOutcome;
import org.kassa.printer.PrinterException;
import org.kassa.printer.PrinterTips;
import org.kassa.till.sale.Sale;
import org.kassa.till.tender.PaymentRecord;

/**
 * Prints receipts so that none is lost: the bytes are stored first, then sent; a dead printer leaves the job
 * stored (FAILED) for a reprint, and the sale stays paid. A job stored but not sent (a crash) is printed on the
 * next start.
 */
final class ReceiptDesk {

    private final TillSetup setup;
    private final Notices notices;
    private final PrinterTips tips;

    ReceiptDesk(TillSetup setup, Notices notices) {
        this.setup = setup;
        this.notices = notices;
        this.tips = PrinterTips.forLanguage(setup.texts().locale().getLanguage());
    }

    void printReceipt(Sale sale, List<PaymentRecord> payments) {
        if (setup.printer() == null || setup.receipt() == null) {
            return;
        }
        byte[] bytes = setup.receipt().of(sale, payments).bytes();
        String jobId = setup.records().savePrintJob(sale.id(), "RECEIPT", bytes);
        send(jobId, bytes);
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

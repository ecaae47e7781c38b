package org.kassa.till;

import java.util.List;
import org.kassa.printer.PrinterException;
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

    ReceiptDesk(TillSetup setup, Notices notices) {
        this.setup = setup;
        this.notices = notices;
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
            setup.printer().send(bytes, setup.printTimeout());
            setup.records().printJobDone(jobId, "PRINTED", null);
            return true;
        } catch (PrinterException e) {
            setup.records().printJobDone(jobId, "FAILED", e.getMessage());
            notices.tell("print.failed", e.getMessage());
            return false;
        }
    }
}

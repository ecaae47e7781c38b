package org.kassa.app.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kassa.sandbox.SandboxLedger.SandboxPayment;
import org.kassa.till.sale.SaleStatus;
import org.kassa.till.store.PaymentRow;
import org.kassa.till.store.PrintJobRow;
import org.kassa.till.store.PrintKind;
import org.kassa.till.store.PrintState;
import org.kassa.till.store.SaleRow;
import org.kassa.till.store.TillStore;
import org.kassa.till.tender.Tender;

/**
 * What must hold between the till's store and the Pay server's ledger once recovery is done: no payment lost,
 * none charged twice, nothing left pending, every paid sale's receipt on paper. Collects every violation, so one
 * failing case explains itself.
 *
 * @param server      the server's transactions created during the case (the case is the only client)
 * @param checkoutsOf how many transactions the server created for a checkout requestId
 * @param printerFile where the till's file printer wrote, or null for no paper check
 */
record LedgerAgreement(List<SandboxPayment> server, Function<String, Long> checkoutsOf, Path printerFile) {

    List<String> violations(TillStore store) throws IOException {
        List<String> bad = new ArrayList<>();
        List<SaleRow> sales = store.sales().list(Instant.EPOCH, null);
        Map<String, SaleRow> salesById = sales.stream().collect(Collectors.toMap(SaleRow::id, s -> s));
        List<PaymentRow> payments = sales.stream().flatMap(s -> store.payments().forSale(s.id()).stream()).toList();
        Map<String, List<PaymentRow>> byTransaction = payments.stream().filter(p -> p.transactionId() != null)
                .collect(Collectors.groupingBy(PaymentRow::transactionId));
        for (SandboxPayment tx : server) {
            String what = "server transaction " + tx.transactionId() + " (" + tx.status() + ", order " + tx.orderId()
                    + ")";
            if (!List.of("accepted", "rejected", "canceled").contains(tx.status())) {
                bad.add(what + " is left undecided on the server");
            }
            if (checkoutsOf.apply(tx.requestId()) != 1) {
                bad.add(what + ": " + checkoutsOf.apply(tx.requestId()) + " transactions for its checkout requestId");
            }
            List<PaymentRow> rows = byTransaction.getOrDefault(tx.transactionId(), List.of());
            if (rows.size() != 1) {
                bad.add(what + " has " + rows.size() + " payment rows in the store (lost or doubled)");
                continue;
            }
            PaymentRow row = rows.get(0);
            SaleRow sale = salesById.get(row.saleId());
            if (!tx.requestId().equals(row.checkoutRequestId())) {
                bad.add(what + ": the store's checkout requestId " + row.checkoutRequestId() + " differs");
            }
            if (!tx.orderId().equals(sale.orderId())) {
                bad.add(what + " belongs to order " + tx.orderId() + " but the store has it on " + sale.orderId());
            }
            if ("accepted".equals(tx.status()) != ("ACCEPTED".equals(row.state()) && sale.status() == SaleStatus.PAID)) {
                bad.add(what + ": the store says payment " + row.state() + ", sale " + sale.status());
            }
            if ("canceled".equals(tx.status()) != "CANCELED".equals(row.state())) {
                bad.add(what + ": the store says payment " + row.state());
            }
        }
        Map<String, SandboxPayment> serverById = server.stream()
                .collect(Collectors.toMap(SandboxPayment::transactionId, t -> t));
        for (PaymentRow p : payments) {
            if (!p.finalState()) {
                bad.add("payment " + p.id() + " is left " + p.state() + " in the store");
            }
            if (p.tender() == Tender.KOSHELEK && "ACCEPTED".equals(p.state())
                    && (p.transactionId() == null || !serverById.containsKey(p.transactionId())
                    || !"accepted".equals(serverById.get(p.transactionId()).status()))) {
                bad.add("payment " + p.id() + " is ACCEPTED in the store but not on the server");
            }
        }
        store.journal().pending().forEach(e -> bad.add("journal row left pending: " + e));
        for (SaleRow sale : sales) {
            checkSale(store, sale, payments, bad);
        }
        return bad;
    }

    private void checkSale(TillStore store, SaleRow sale, Collection<PaymentRow> payments, List<String> bad)
            throws IOException {
        String what = "sale " + sale.orderId() + " (" + sale.status() + ")";
        long accepted = payments.stream().filter(p -> p.saleId().equals(sale.id()) && "ACCEPTED".equals(p.state()))
                .count();
        long acceptedOnServer = server.stream().filter(t -> t.orderId().equals(sale.orderId())
                && "accepted".equals(t.status())).count();
        if (accepted > 1 || acceptedOnServer > 1) {
            bad.add(what + " is charged twice: " + accepted + " accepted in the store, " + acceptedOnServer
                    + " on the server");
        }
        if (sale.status() == SaleStatus.OPEN) {
            bad.add(what + " is left open after recovery");
        }
        if ((sale.status() == SaleStatus.PAID) != (accepted == 1)) {
            bad.add(what + " has " + accepted + " accepted payments");
        }
        List<PrintJobRow> receipts = store.printJobs().forSale(sale.id()).stream()
                .filter(j -> j.kind() == PrintKind.RECEIPT).toList();
        if (sale.status() != SaleStatus.PAID) {
            if (!receipts.isEmpty()) {
                bad.add(what + " is unpaid but has " + receipts.size() + " receipts");
            }
            return;
        }
        if (receipts.size() != 1) {
            bad.add(what + " has " + receipts.size() + " receipt print jobs, expected 1");
        }
        for (PrintJobRow job : receipts) {
            if (job.state() != PrintState.PRINTED && job.state() != PrintState.STATUS_UNKNOWN) {
                bad.add(what + ": receipt job " + job.id() + " is " + job.state());
            } else if (printerFile != null && !contains(paper(), job.content())) {
                bad.add(what + ": receipt job " + job.id() + " is " + job.state() + " but its bytes never reached "
                        + "the printer file");
            }
        }
    }

    private byte[] paper() throws IOException {
        return Files.exists(printerFile) ? Files.readAllBytes(printerFile) : new byte[0];
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}

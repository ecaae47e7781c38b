package org.kassa.till.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.kassa.payclient.Operation;
import org.kassa.till.catalog.CatalogCsv;
import org.kassa.till.catalog.Product;
import org.kassa.till.journal.DurableJournal;
import org.kassa.till.sale.SaleStatus;
import org.kassa.till.store.JournalCall;
import org.kassa.till.store.LoyaltyScanRow;
import org.kassa.till.store.PaymentRow;
import org.kassa.till.store.PrintJobRow;
import org.kassa.till.store.PrintKind;
import org.kassa.till.store.SaleLineRow;
import org.kassa.till.store.SaleRow;
import org.kassa.till.store.SlipFields;
import org.kassa.till.store.TillStore;

/**
 * Writes typical paid sales through the store's repositories, each write its own commit as the till makes it:
 * the sale opened with a loyalty card (and its scan row), 3 catalog lines, the totals, one Koshelek payment
 * (created, then accepted with its slip), a journal of 4 calls with their answers (checkout and 3 status
 * polls), resolved, the sale closed PAID, and one ~1 KB receipt print job, printed.
 */
final class TypicalSales {

    static final int LINES_PER_SALE = 3;
    private static final byte[] STATUS_BODY = "{\"transactionId\":\"9b1c3f2e-5a7d-4e60-8f1b-2c3d4e5f6a7b\"}"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] ANSWER = ("{\"status\":\"IN_PROGRESS\",\"transactionId\":\"9b1c3f2e-5a7d-4e60-"
            + "8f1b-2c3d4e5f6a7b\",\"message\":\"Ожидаем подтверждения оплаты\"}").getBytes(StandardCharsets.UTF_8);
    private static final String RAW_SLIP = "{\"id\":\"SLIP-000000000001\",\"paymentTransactionId\":\"PT-1a2b3c4d5e6f\","
            + "\"paymentType\":\"SBP\",\"orderId\":\"T01-261125233000-1a2b\",\"qrcId\":\"AS1000670LSS7DN18SJQDNP4B05KLJL2\","
            + "\"kzo\":\"0123456789\",\"operationDateTime\":\"2026-11-25T23:30:00+03:00\",\"amount\":33340}";
    private static final byte[] RECEIPT = receiptBytes();

    private final TillStore store;
    private final List<Product> pieces;

    TypicalSales(TillStore store) {
        this.store = store;
        store.products().upsertAll(CatalogCsv.demo());
        this.pieces = CatalogCsv.demo().stream().filter(p -> p.barcode() != null).limit(10).toList();
    }

    /** Writes sale number {@code n}, opened at {@code at}; returns its id. */
    String write(int n, Instant at) {
        String saleId = UUID.randomUUID().toString();
        String orderId = String.format(Locale.ROOT, "T01-%08d-%04x", n, n & 0xffff);
        String card = "7700*****0001";
        SaleRow open = SaleRow.open(saleId, "T01", orderId, at, false).withCard(card, "CARDSESSION_AVAILABLE");
        store.sales().insert(open);
        store.loyaltyScans().insert(new LoyaltyScanRow(UUID.randomUUID().toString(), saleId, at,
                "CARDSESSION_AVAILABLE", card));
        long total = 0;
        for (int line = 1; line <= LINES_PER_SALE; line++) {
            Product p = pieces.get((n + line) % pieces.size());
            store.sales().upsertLine(new SaleLineRow(saleId, line, p.article(), p.barcode(), p.name(),
                    p.priceKopecks(), BigDecimal.ONE, p.measure(), p.vat(), 0, p.priceKopecks(), false, null, null));
            total += p.priceKopecks();
        }
        store.sales().update(open.withTotals(total, 0));
        String paymentId = UUID.randomUUID().toString();
        String checkoutId = UUID.randomUUID().toString();
        PaymentRow created = PaymentRow.koshelek(paymentId, saleId, total, checkoutId, "CHECKOUT_SENT", at);
        store.payments().insert(created);
        journal(saleId, paymentId, Operation.CHECKOUT, "checkout", checkoutId, JournalBenchmark.CHECKOUT_BODY, at);
        for (int poll = 1; poll <= 3; poll++) {
            journal(saleId, paymentId, Operation.STATUS, "status-poll", UUID.randomUUID().toString(), STATUS_BODY, at);
        }
        Instant paid = at.plusSeconds(5);
        store.payments().update(created.withPaymentType("SBP").withProgress("ACCEPTED", true, "PT-" + n, "ACCEPTED",
                null, new SlipFields("SLIP-" + n, orderId, "PT-" + n, null, "AS1000670LSS7DN18SJQDNP4B05KLJL2",
                        "0123456789", "2026-11-25T23:30:00+03:00", RAW_SLIP), paid));
        store.journal().markPaymentResolved(paymentId, "settled: ACCEPTED");
        store.sales().update(open.withTotals(total, 0).closed(SaleStatus.PAID, paid, "operator"));
        String jobId = UUID.randomUUID().toString();
        store.printJobs().insert(PrintJobRow.pending(jobId, saleId, PrintKind.RECEIPT, RECEIPT, paid));
        store.printJobs().markPrinted(jobId, paid);
        return saleId;
    }

    private void journal(String saleId, String paymentId, Operation op, String step, String requestId, byte[] body,
                         Instant at) {
        store.journal().append(new JournalCall(DurableJournal.PAY, op.name(), step, saleId, paymentId, requestId, 1,
                op.path(), body), at);
        store.journal().recordAnswer(requestId, step, 1, 200, ANSWER, at);
    }

    /** About 1 KB of receipt: ESC/POS-like text lines, as a receipt job stores them. */
    private static byte[] receiptBytes() {
        byte[] bytes = new byte[1024];
        byte[] line = "Молоко 3,2% 1 л          1 x 89.90 = 89.90\n".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = line[i % line.length];
        }
        return Arrays.copyOf(bytes, bytes.length);
    }
}

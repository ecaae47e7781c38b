package org.kassa.till;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kassa.payclient.OutgoingCall;
import org.kassa.till.sale.Sale;
import org.kassa.till.sale.SaleStatus;
import org.kassa.till.tender.KoshelekPayment;
import org.kassa.till.tender.PaymentRecord;

/**
 * Resolves what a crash left in flight, on every start and with {@code kassa recover}: a payment whose checkout
 * was never journaled was never sent (nothing charged); one that was is resumed by resending that very request
 * (same request id and bytes: the server answers the first checkout again or processes it once), then polled
 * and decided by the vendor's rules, cancelled past the cap. A paid sale is completed and its receipt printed;
 * receipts stored but not printed are printed.
 */
public final class Recovery {

    /** What recovery did, one line per item, and how many payments are still undecided (no answer). */
    public record Report(List<Resolved> resolved, int stillPending) {

        public boolean clean() {
            return stillPending == 0;
        }
    }

    /** One resolved item: the sale's order id, the payment (or null) and the outcome. */
    public record Resolved(String orderId, String paymentId, String outcome) {
    }

    private final Till till;
    private final TillSetup setup;
    private final Duration waitPerPayment;

    public Recovery(Till till, Duration waitPerPayment) {
        this.till = till;
        this.setup = till.setup();
        this.waitPerPayment = waitPerPayment;
    }

    /** @param cancelUnpaidSale cancel an open sale that has no money on it (commands), or keep it (the window) */
    public Report run(boolean cancelUnpaidSale) {
        List<Resolved> resolved = new ArrayList<>();
        int pending = 0;
        for (PaymentRecord payment : setup.records().unsettledPayments()) {
            Optional<Sale> sale = setup.records().sale(payment.saleId()).map(till::sameSale);
            if (sale.isEmpty()) {
                continue;
            }
            Resolved r = resolve(sale.get(), payment);
            resolved.add(r);
            pending += "IN_DOUBT".equals(r.outcome()) || "PENDING".equals(r.outcome()) ? 1 : 0;
        }
        setup.records().openSale().map(till::sameSale)
                .ifPresent(open -> finishOpenSale(open, cancelUnpaidSale, resolved));
        if (!till.receipts().printPending()) {
            resolved.add(new Resolved(null, null, "PRINT_FAILED"));
        }
        return new Report(List.copyOf(resolved), pending);
    }

    private Resolved resolve(Sale sale, PaymentRecord payment) {
        Optional<OutgoingCall> checkout = setup.records().journaledCheckout(payment.id());
        if (checkout.isEmpty()) {
            PaymentRecord failed = payment.with("FAILED", null, null, null, null, "NOT_SENT", null, null,
                    setup.clock().instant());
            setup.records().savePayment(failed);
            setup.records().resolveJournal(payment.id(), "never sent: nothing charged");
            return new Resolved(sale.orderId(), payment.id(), "NOT_SENT");
        }
        KoshelekPayment resumed = KoshelekPayment.resume(setup.pay(), checkout.get(), payment,
                setup.records().journal(sale.id(), payment.id()), p -> till.paymentChanged(sale, p), setup.clock());
        try (resumed) {
            resumed.start();
            PaymentRecord done = resumed.result().get(waitPerPayment.toMillis(), TimeUnit.MILLISECONDS);
            setup.records().resolveJournal(payment.id(), "resumed: " + done.state());
            return new Resolved(sale.orderId(), payment.id(), done.state());
        } catch (TimeoutException e) {
            return new Resolved(sale.orderId(), payment.id(), "PENDING");
        } catch (ExecutionException e) {
            return new Resolved(sale.orderId(), payment.id(), "IN_DOUBT");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Resolved(sale.orderId(), payment.id(), "PENDING");
        }
    }

    private void finishOpenSale(Sale open, boolean cancelUnpaid, List<Resolved> resolved) {
        List<PaymentRecord> payments = setup.records().payments(open.id());
        for (PaymentRecord p : payments) {
            // A crash between saving a final state and resolving its journal leaves the rows pending: resolve.
            if (p.settled()) {
                setup.records().resolveJournal(p.id(), "settled before the restart: " + p.state());
            }
        }
        if (payments.stream().anyMatch(PaymentRecord::paid)) {
            till.complete(open);
            resolved.add(new Resolved(open.orderId(), null, "PAID"));
        } else if (cancelUnpaid && payments.stream().allMatch(PaymentRecord::settled)) {
            open.close(SaleStatus.CANCELLED, "recovery", setup.clock().instant());
            setup.records().saveSale(open);
            resolved.add(new Resolved(open.orderId(), null, "CANCELLED"));
        }
        till.adopt(open.status().isClosed() ? null : open);
    }
}

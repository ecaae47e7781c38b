package org.kassa.app.ui.shell;

import java.util.function.Consumer;
import org.kassa.app.ui.core.Jobs;
import org.kassa.app.ui.sale.SaleSnapshot;
import org.kassa.scanner.ScanListener;
import org.kassa.scanner.ScannedCode;
import org.kassa.till.TillListener;
import org.kassa.till.sale.Sale;
import org.kassa.till.tender.PaymentRecord;

/**
 * The one adapter between the threads of the till, the payment workflows and the scanners and the FX thread:
 * it copies what it is told on the caller's thread and hands the copy to the screen on the FX thread.
 */
final class FxEvents implements TillListener, ScanListener {

    private final Jobs jobs;
    private final Consumer<SaleSnapshot> sales;
    private final Consumer<PaymentRecord> payments;
    private final Consumer<String> scans;

    FxEvents(Jobs jobs, Consumer<SaleSnapshot> sales, Consumer<PaymentRecord> payments, Consumer<String> scans) {
        this.jobs = jobs;
        this.sales = sales;
        this.payments = payments;
        this.scans = scans;
    }

    @Override
    public void saleChanged(Sale sale) {
        SaleSnapshot copy = SaleSnapshot.of(sale);
        jobs.ui(() -> sales.accept(copy));
    }

    @Override
    public void paymentChanged(PaymentRecord payment) {
        jobs.ui(() -> payments.accept(payment));
    }

    @Override
    public void onScan(ScannedCode code) {
        String text = code.text();
        jobs.ui(() -> scans.accept(text));
    }
}

package org.kassa.till;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.kassa.payclient.workflow.PaymentOrder;
import org.kassa.till.loyalty.ScanOutcome;
import org.kassa.till.loyalty.ScanRouter;
import org.kassa.till.sale.Invoices;
import org.kassa.till.sale.LoyaltyCard;
import org.kassa.till.sale.Sale;
import org.kassa.till.sale.SaleLine;
import org.kassa.till.sale.SaleRuleException;
import org.kassa.till.sale.SaleStatus;
import org.kassa.till.tender.CashTender;
import org.kassa.payclient.PayException;
import org.kassa.till.tender.KoshelekPayment;
import org.kassa.till.tender.KoshelekReceipt;
import org.kassa.till.tender.PaymentRecord;

/**
 * The till: one sale at a time and every operator action on it. Each action is applied to the sale, stored
 * (committed) and then announced; a payment is stored before anything is sent. The UI, the CLI, the demo and
 * the tests all drive this class. Thread-safe: actions are serialised, payments finish on their own thread.
 */
public final class Till implements AutoCloseable {

    private static final DateTimeFormatter ORDER_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss", Locale.ROOT);

    private final TillSetup setup;
    private final Notices notices;
    private final ScanRouter scans;
    private final ReceiptDesk receipts;
    private Sale sale;
    /** The second of the last order id and its suffix: sales opened in one second get different ids. */
    private String lastOrderSecond;
    private int lastOrderSuffix;
    private KoshelekPayment inFlight;

    public Till(TillSetup setup) {
        this.setup = setup;
        this.notices = new Notices(setup.texts());
        this.scans = new ScanRouter(setup.passcodes(), setup.products());
        this.receipts = new ReceiptDesk(setup, notices);
        this.sale = setup.records().openSale().orElse(null);
    }

    public void addListener(TillListener listener) {
        notices.add(listener);
    }

    public TillSetup setup() {
        return setup;
    }

    /** The open sale, opened (and stored) on first use. */
    public synchronized Sale sale() {
        if (sale == null || sale.status().isClosed()) {
            String shiftId = shiftForNewSale();
            sale = new Sale(UUID.randomUUID().toString(), nextOrderId(), setup.clock().instant(), setup.training());
            try {
                changed();
                setup.records().assignShift(sale.id(), shiftId);
            } catch (RuntimeException e) {
                sale = null;    // never stored: the next call opens a new one instead of retrying this one
                throw e;
            }
        }
        return sale;
    }

    /**
     * {@code TILL-yyMMddHHmmss-XXXX}: a random suffix for the first sale of a second, counted up for the next
     * ones in the same second, so that quick sales never collide (a restart takes longer than a second).
     */
    private String nextOrderId() {
        String second = ORDER_TIME.format(setup.clock().instant().atZone(setup.zone()));
        lastOrderSuffix = second.equals(lastOrderSecond) ? (lastOrderSuffix + 1) & 0xFFFF
                : ThreadLocalRandom.current().nextInt(0x10000);
        lastOrderSecond = second;
        return setup.tillId() + "-" + second + "-" + String.format(Locale.ROOT, "%04x", lastOrderSuffix);
    }

    /**
     * Before a shift is closed: an open sale with lines refuses it (pay or cancel it first); an empty open sale
     * is cancelled, so the next sale starts in the next shift.
     */
    public synchronized void endOfShift() {
        ensureNoPaymentRunning();
        if (sale != null && !sale.status().isClosed()) {
            if (!sale.activeLines().isEmpty()) {
                throw new SaleRuleException("shift.saleOpen", sale.orderId());
            }
            sale.close(SaleStatus.CANCELLED, setup.operator(), setup.clock().instant());
            changed();
        }
        sale = null;
    }

    /** A sale belongs to the open shift; training opens one itself (docs/decisions/0132). */
    private String shiftForNewSale() {
        return setup.records().openShiftId().orElseGet(() -> {
            if (!setup.training()) {
                throw new SaleRuleException("shift.closed");
            }
            return setup.records().openTrainingShift(setup.operator());
        });
    }

    /** A scanned code at any moment of the sale: a product, a loyalty card, or something to tell the operator. */
    public synchronized ScanOutcome scan(String code) {
        ensureNoPaymentRunning();
        Sale current = sale();
        ScanOutcome outcome = scans.apply(current, code);
        if (outcome.card() != null || outcome.kind() == ScanOutcome.Kind.CARD_REFUSED) {
            String masked = outcome.card() == null ? null : outcome.card().masked();
            setup.records().saveScan(current.id(), setup.clock().instant(), outcome.kind().name(), masked);
        }
        changed();
        notices.tell("scan." + outcome.kind(), describe(outcome, code));
        return outcome;
    }

    /** A catalog item by article or barcode; quantity in the product's measure (pieces, kilograms…). */
    public synchronized SaleLine addItem(String articleOrBarcode, BigDecimal quantity) {
        ensureNoPaymentRunning();
        var product = setup.products().find(articleOrBarcode)
                .orElseThrow(() -> new SaleRuleException("product.unknown", articleOrBarcode));
        SaleLine line = sale().add(product, quantity);
        changed();
        return line;
    }

    public synchronized SaleLine addFree(String name, long priceKopecks) {
        ensureNoPaymentRunning();
        SaleLine line = sale().addFree(name, priceKopecks, "none");
        changed();
        return line;
    }

    public synchronized SaleLine voidLine(int lineNo) {
        ensureNoPaymentRunning();
        SaleLine line = sale().voidLine(lineNo);
        changed();
        return line;
    }

    public synchronized SaleLine discountLine(int lineNo, long kopecks) {
        ensureNoPaymentRunning();
        SaleLine line = sale().discountLine(lineNo, kopecks);
        changed();
        return line;
    }

    public synchronized void discountBasket(long kopecks) {
        ensureNoPaymentRunning();
        sale().discountBasket(kopecks);
        changed();
    }

    /** Cash for the whole amount due; the sale is paid and its receipt printed. */
    public synchronized PaymentRecord payCash(long given) {
        ensureNoPaymentRunning();
        Sale current = payable();
        long due = current.totals().total();
        CashTender.change(due, given);
        PaymentRecord cash = PaymentRecord.cash(UUID.randomUUID().toString(), current.id(), due, given,
                setup.clock().instant());
        setup.records().savePayment(cash);
        notices.payment(cash);
        complete(current);
        return cash;
    }

    /**
     * Starts a Koshelek Pay payment of the whole sale with the attached card's session; {@code provider} (SBP,
     * DOLYAME) or null for the server's default. Returns at once: the payment finishes on its own thread and
     * closes the sale when accepted; when declined the sale stays open for another tender.
     */
    public synchronized KoshelekPayment payKoshelek(String provider) {
        ensureNoPaymentRunning();
        Sale current = payable();
        LoyaltyCard card = current.card().filter(LoyaltyCard::koshelekPayOffered)
                .orElseThrow(() -> new SaleRuleException("koshelek.noSession"));
        PaymentOrder order = new PaymentOrder(card.session(), card.number(), Invoices.of(current), provider);
        PaymentRecord record = PaymentRecord.koshelek(UUID.randomUUID().toString(), current.id(),
                current.totals().total(), provider, setup.clock().instant());
        setup.records().savePayment(record);
        KoshelekPayment payment = KoshelekPayment.create(setup.pay(), order, record,
                setup.records().journal(current.id(), record.id()), setup.passcodes(), card.scan(),
                p -> paymentChanged(current, p), setup.clock());
        inFlight = payment;
        payment.start();
        return payment;
    }

    /** A Koshelek postback about a transaction: only a hint, the payment confirms it with a status call. */
    public synchronized void postbackReceived(String transactionId) {
        if (inFlight != null) {
            inFlight.postbackReceived(transactionId);
        }
    }

    /** The customer walks away before paying: the sale is kept, cancelled, with who and when. */
    public synchronized void cancelSale() {
        ensureNoPaymentRunning();
        if (sale != null && !sale.status().isClosed()) {
            sale.close(SaleStatus.CANCELLED, setup.operator(), setup.clock().instant());
            changed();
        }
    }

    /**
     * A payment's new state (from its workflow thread, or recovery): stored, announced, and when accepted the
     * sale is completed. The optional receipt call goes out after the till's lock is released, so a slow
     * network never holds up the operator.
     */
    void paymentChanged(Sale owner, PaymentRecord p) {
        if (settle(owner, p)) {
            sendFiscalReceipt(owner, p);
        }
    }

    private synchronized boolean settle(Sale owner, PaymentRecord p) {
        if (worthStoring(p)) {
            setup.records().savePayment(p);
        }
        notices.payment(p);
        if (!p.settled()) {
            if ("IN_DOUBT".equals(p.state())) {
                notices.tell("payment.IN_DOUBT");
            }
            return false;
        }
        if (inFlight != null && inFlight.record().id().equals(p.id())) {
            inFlight = null;
        }
        setup.records().resolveJournal(p.id(), "settled: " + p.state());
        String tip = p.tipCode() == null ? "" : setup.pay().tips().tip(p.tipCode()).text();
        notices.tell("payment." + p.state(), tip);
        if (p.paid() && !owner.status().isClosed()) {
            complete(owner);
            return true;
        }
        return false;
    }

    /**
     * The steps before the checkout is answered (availability, checkout prepared) tell recovery nothing the
     * payment row and the journal do not already say, and each commit sits on the path to the wire (decision
     * 0125): they are announced but not stored. Everything from the transaction id on is stored.
     */
    private static boolean worthStoring(PaymentRecord p) {
        return !("CHECKING_AVAILABILITY".equals(p.state()) || "CHECKOUT".equals(p.state()));
    }

    private void sendFiscalReceipt(Sale paid, PaymentRecord p) {
        try {
            if (KoshelekReceipt.send(setup.pay(), paid, p, setup.operator(), setup.zone(),
                    setup.records().journal(paid.id(), p.id()))) {
                setup.records().resolveJournal(p.id(), "receipt sent");
            }
        } catch (PayException e) {
            setup.records().resolveJournal(p.id(), "receipt refused: " + e.tip().code());
            notices.tell("receipt.notSent", e.tip().text());
        }
    }

    ReceiptDesk receipts() {
        return receipts;
    }

    synchronized void adopt(Sale restored) {
        sale = restored;
    }

    /** The till's own object for a stored sale, so that one sale is never held twice in memory. */
    synchronized Sale sameSale(Sale stored) {
        return sale != null && sale.id().equals(stored.id()) ? sale : stored;
    }

    /**
     * Closes a paid sale: its receipt job is stored BEFORE the sale is saved PAID, so that a crash in between
     * leaves an open sale with an accepted payment (recovery completes it with this very job) and never a paid
     * sale without a receipt (found by the crash harness, docs/decisions/0121).
     */
    synchronized void complete(Sale paid) {
        paid.close(SaleStatus.PAID, setup.operator(), setup.clock().instant());
        var receipt = receipts.storeReceipt(paid, setup.records().payments(paid.id()));
        setup.records().saveSale(paid);
        notices.sale(paid);
        receipts.print(receipt);
    }

    private Sale payable() {
        Sale current = sale();
        if (current.activeLines().isEmpty()) {
            throw new SaleRuleException("sale.empty", current.orderId());
        }
        return current;
    }

    private void ensureNoPaymentRunning() {
        if (inFlight != null && !inFlight.record().settled()) {
            throw new SaleRuleException("payment.inFlight");
        }
    }

    private void changed() {
        setup.records().saveSale(sale);
        notices.sale(sale);
    }

    private static String describe(ScanOutcome outcome, String code) {
        if (outcome.line() != null) {
            return outcome.line().name();
        }
        if (outcome.card() != null) {
            return outcome.card().masked();
        }
        return outcome.reason() != null ? outcome.reason() : String.valueOf(code);
    }

    @Override
    public synchronized void close() {
        if (inFlight != null) {
            inFlight.close();
        }
    }
}

package org.kassa.till.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;

/**
 * An X or Z report of one shift: what the accountant reads. Money in kopecks, times ISO-8601 UTC. A Z report
 * is stored with its shift exactly as made and only ever reprinted from there.
 *
 * @param number       the shift's number; a Z report has the same number (one Z per shift, never repeated)
 * @param totals       counts and sums per group (SALE, REFUND, CANCEL), tender (CASH, KOSHELEK) and payment type
 * @param cashInDrawer starting cash + cash taken − cash paid back
 * @param countedCash  counted at the close (Z only), else null
 * @param difference   counted − in drawer (Z only), else null
 * @param koshelek     every Koshelek operation of the shift with the columns of seed 001 §7.2
 */
public record ShiftReport(String kind, String tillId, int number, boolean training, String openedAt, String openedBy,
                          String madeAt, String closedBy, long startingCash, long cashTaken, long cashRefunded,
                          long cashInDrawer, Long countedCash, Long difference, List<Total> totals,
                          List<KoshelekRow> koshelek) {

    /** One group of the totals. */
    public record Total(String group, String tender, String paymentType, long count, long amount) {
    }

    /**
     * One Koshelek operation (seed 001 §7.2 columns).
     *
     * @param kind          PAYMENT, REFUND or CANCEL
     * @param transactionId the API's transactionId of the payment (the slip's paymentTransactionId may differ)
     */
    public record KoshelekRow(String kind, String orderId, String transactionId, String paymentTransactionId,
                              String refundTransactionId,
                              String requestId, String paymentType, String qrcId, String kzo, long amount, String at) {
    }

    public ShiftReport {
        Objects.requireNonNull(kind, "kind");
        totals = List.copyOf(totals);
        koshelek = List.copyOf(koshelek);
    }

    @JsonIgnore
    public boolean isZ() {
        return "Z".equals(kind);
    }

    /** Sum of the totals of one group (SALE, REFUND, CANCEL). */
    public long amountOf(String group) {
        return totals.stream().filter(t -> t.group().equals(group)).mapToLong(Total::amount).sum();
    }

    public long countOf(String group) {
        return totals.stream().filter(t -> t.group().equals(group)).mapToLong(Total::count).sum();
    }
}

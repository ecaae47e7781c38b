package org.kassa.till.refund;

import java.util.Optional;

/**
 * Where a till finds sales made at the shop's other tills (the central store, docs/decisions/0174). The till
 * core only knows this port; the central module implements it.
 */
public interface RemoteSales {

    /** No central store configured: no other till's sale is ever found. */
    RemoteSales NONE = key -> Optional.empty();

    /**
     * The sale with this id, orderId or Koshelek transaction id (its transactionId or the slip's
     * paymentTransactionId), from any till.
     *
     * @throws StoreAwayException when the central store is configured but cannot be reached now
     */
    Optional<RemoteSale> find(String saleIdOrderIdOrTransaction);
}

package org.kassa.payclient.callback;

/**
 * What the receiver has seen since it started, for a health view: verified callbacks handed on, repeats,
 * refused requests (with the last reason, null if none), and postbacks handed on.
 */
public record ReceiverStats(long callbacksDelivered, long callbackRepeats, long refused, String lastRefusal,
                            long postbacksDelivered) {
}

package org.kassa.app.config;

import java.util.List;
import java.util.Optional;
import org.kassa.payclient.callback.ReceiverSettings;

/**
 * Which callback receivers the till starts (docs/decisions/0091): none, one serving the Craftgate callback
 * and/or the Koshelek postback, or two when the merchant gave the two different ports. Two servers cannot
 * share a port, so on a shared port one receiver serves both paths.
 */
public final class ReceiverPlan {

    private ReceiverPlan() {
    }

    /**
     * @param mealCards the meal-card callback receiver when meal cards are enabled
     * @param postback  the postback receiver when postbacks are enabled
     */
    public static List<ReceiverSettings> receivers(Optional<ReceiverSettings> mealCards,
                                                   Optional<ReceiverSettings> postback, ConfigFile c) {
        if (mealCards.isEmpty() || postback.isEmpty()) {
            return mealCards.or(() -> postback).map(List::of).orElse(List.of());
        }
        ReceiverSettings m = mealCards.get();
        ReceiverSettings p = postback.get();
        if (m.port() != p.port()) {
            return List.of(m, p);
        }
        if (!m.bindAddress().equals(p.bindAddress())) {
            throw c.problem("pay.postback.bindAddress", "'" + p.bindAddress() + "' differs from "
                    + "mealcard.receiver.bindAddress '" + m.bindAddress() + "' on the same port " + p.port()
                    + "; one receiver serves both on a shared port: give both the same address, or use another "
                    + "pay.postback.port");
        }
        // One server for both paths: the larger body limit and request time, so neither caller is cut short.
        return List.of(new ReceiverSettings(m.bindAddress(), m.port(), m.callbackKey(), p.postbackLogin(),
                p.postbackPassword(), Math.max(m.maxBodyBytes(), p.maxBodyBytes()),
                m.requestTimeout().compareTo(p.requestTimeout()) >= 0 ? m.requestTimeout() : p.requestTimeout()));
    }
}

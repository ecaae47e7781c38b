package org.kassa.app.till;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.kassa.payclient.callback.MealCardListener;
import org.kassa.payclient.callback.TokenizationResult;
import org.kassa.payclient.craftgate.ApmType;
import org.kassa.payclient.craftgate.CardTokenizationData;
import org.kassa.payclient.craftgate.CompleteRequest;
import org.kassa.payclient.craftgate.CraftgateClient;
import org.kassa.payclient.craftgate.InitRequest;
import org.kassa.payclient.craftgate.RegenerateRequest;
import org.kassa.payclient.craftgate.StoredMealCard;
import org.kassa.payclient.craftgate.TokenizationStep;
import org.kassa.till.store.MealCardRepository;
import org.kassa.till.store.MealCardRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registering meal voucher cards through Craftgate for the window (docs/decisions/0144): a session is stored as
 * {@code INIT} when Craftgate opens it (the row's id is the session id), and its outcome only from a callback the
 * receiver has verified ({@link MealCardListener}: hash checked, every value signed) or, for METROPOL, from the
 * answer to the till's own signed {@code complete} call. Only masked numbers and fingerprints are stored.
 */
public final class MealCardDesk implements MealCardListener {

    private static final int EARLY_KEPT = 50;
    private static final Logger LOG = LoggerFactory.getLogger(MealCardDesk.class);

    private final CraftgateClient client;
    private final URI callbackUrl;
    private final MealCardRepository cards;
    private final Clock clock;
    private final List<Consumer<MealCardRow>> listeners = new CopyOnWriteArrayList<>();
    /** Verified results that came before init's answer stored the session (EDENRED answers at once). */
    private final Map<String, TokenizationResult> early = new LinkedHashMap<>();

    public MealCardDesk(CraftgateClient client, URI callbackUrl, MealCardRepository cards, Clock clock) {
        this.client = client;
        this.callbackUrl = callbackUrl;
        this.cards = cards;
        this.clock = clock;
    }

    /** Hears every stored outcome (on the receiver's or the caller's thread). */
    public void addListener(Consumer<MealCardRow> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<MealCardRow> listener) {
        listeners.remove(listener);
    }

    /** Opens a session; the callback URL goes with every type, so any provider may report back. */
    public TokenizationStep init(ApmType apm, String cardNumber, String gsmNumber, String userReference) {
        TokenizationStep step = client.init(new InitRequest(apm, data(cardNumber, gsmNumber, userReference), null));
        if (step.sessionId() != null) {
            synchronized (this) {
                if (cards.find(step.sessionId()).isEmpty()) {
                    cards.insert(new MealCardRow(step.sessionId(), step.sessionId(), apm.name(), null, null, "INIT",
                            clock.instant()));
                }
                TokenizationResult before = early.remove(step.sessionId());
                if (before != null) {
                    settle(before.sessionId(), before.status(), before.maskedCardNumber(), before.fingerprint());
                }
            }
        }
        return step;
    }

    /** Restarts a session (the customer closed the provider's page, or the SMS code expired). */
    public TokenizationStep regenerate(String sessionId, ApmType apm, String cardNumber, String gsmNumber,
                                       String userReference) {
        TokenizationStep step = client.regenerate(new RegenerateRequest(sessionId, apm,
                data(cardNumber, gsmNumber, userReference), null));
        synchronized (this) {
            cards.find(sessionId).filter(row -> !"COMPLETED".equals(row.status())).ifPresent(row -> cards.update(
                    new MealCardRow(row.id(), row.sessionId(), row.apmType(), null, null, "INIT", row.createdAt())));
        }
        return step;
    }

    /** METROPOL: the SMS code; Craftgate's answer to this signed call is the outcome. */
    public MealCardRow complete(String sessionId, String validationCode) {
        StoredMealCard stored = client.complete(new CompleteRequest(sessionId, ApmType.METROPOL, validationCode, null));
        return settle(sessionId, "SUCCESS", stored.maskedCardNumber(), stored.fingerprint()).orElseThrow();
    }

    /** A callback the receiver verified. A session this till never opened is logged and left alone. */
    @Override
    public synchronized void onTokenization(TokenizationResult result) {
        if (settle(result.sessionId(), result.status(), result.maskedCardNumber(), result.fingerprint()).isEmpty()) {
            LOG.warn("meal-card callback for a session this till has not stored (yet): {}", result.sessionId());
            early.put(result.sessionId(), result);
            if (early.size() > EARLY_KEPT) {
                early.remove(early.keySet().iterator().next());
            }
        }
    }

    public Optional<MealCardRow> session(String sessionId) {
        return cards.find(sessionId);
    }

    private synchronized Optional<MealCardRow> settle(String sessionId, String status, String masked,
                                                      String fingerprint) {
        Optional<MealCardRow> row = cards.find(sessionId);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        boolean stored = "SUCCESS".equals(status);
        if (!stored && "COMPLETED".equals(row.get().status())) {
            return row;     // a late or repeated failure never undoes a stored card
        }
        MealCardRow now = new MealCardRow(sessionId, sessionId, row.get().apmType(), stored ? masked : null,
                stored ? fingerprint : null, stored ? "COMPLETED" : "FAILED", row.get().createdAt());
        cards.update(now);
        listeners.forEach(l -> l.accept(now));
        return Optional.of(now);
    }

    private CardTokenizationData data(String cardNumber, String gsmNumber, String userReference) {
        return new CardTokenizationData(blankToNull(cardNumber), blankToNull(userReference), blankToNull(gsmNumber),
                callbackUrl);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

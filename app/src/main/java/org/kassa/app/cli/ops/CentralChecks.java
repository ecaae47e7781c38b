package org.kassa.app.cli.ops;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.kassa.app.cli.ops.Check.Status;
import org.kassa.app.config.KassaSettings;
import org.kassa.central.CentralSettings;
import org.kassa.till.store.OutboxRepository.Backlog;
import org.kassa.till.store.StoreOpenException;
import org.kassa.till.store.TillStore;

/**
 * The shop's central store (decision 0171): does it answer, and how much this till has not sent yet. A record
 * older than {@link #BEHIND} is a warning: the till sells on, but the shop's reports miss it.
 */
final class CentralChecks {

    static final Duration BEHIND = Duration.ofMinutes(10);

    private final DoctorTexts texts;

    CentralChecks(DoctorTexts texts) {
        this.texts = texts;
    }

    Check central(KassaSettings settings) {
        Optional<CentralSettings> configured = settings.central();
        if (configured.isEmpty()) {
            return texts.check("central", Status.SKIPPED, "central.off");
        }
        CentralSettings central = configured.get();
        Optional<Backlog> backlog = backlog(settings);
        String pending = backlog.map(b -> Long.toString(b.count())).orElse("?");
        long minutes = backlog.flatMap(Backlog::oldest).map(t -> Duration.between(t, Instant.now()).toMinutes())
                .orElse(0L);
        try (Connection c = central.unmigrated().getConnection()) {
            c.isValid(5);
        } catch (SQLException e) {
            return texts.check("central", Status.PROBLEM, "central.away", central.describe(), e.getMessage(), pending,
                    minutes);
        }
        if (minutes >= BEHIND.toMinutes()) {
            return texts.check("central", Status.WARN, "central.behind", central.describe(), pending, minutes);
        }
        return texts.check("central", Status.OK, "central.ok", central.describe(), pending, minutes);
    }

    /** The outbox's backlog; empty when the till's database is in use by the running till (H2 file lock). */
    private static Optional<Backlog> backlog(KassaSettings settings) {
        try (TillStore store = TillStore.open(settings.jdbcUrl())) {
            return Optional.of(store.outbox().backlog());
        } catch (StoreOpenException e) {
            return Optional.empty();
        }
    }
}

package org.kassa.app.cli.central;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kassa.app.cli.CommandFailure;
import org.kassa.app.cli.ConfigOption;
import org.kassa.app.cli.Json;
import org.kassa.app.config.KassaSettings;
import org.kassa.central.CentralSettings;
import org.kassa.central.CentralSync;
import org.kassa.central.CentralUnavailableException;
import org.kassa.till.store.StoreException;
import org.kassa.till.store.StoreOpenException;
import org.kassa.till.store.TillStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kassa sync}: pushes the till's outbox to the central store and pulls the catalog, now (decision 0171). */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Sends what the till owes the shop's central store (store.central.url) and pulls the",
            "catalog's changes, now, then exits. One JSON line per record sent",
            "({\"event\":\"sent\",\"kind\":\"SALE\",\"id\":…,\"seq\":N}), then {\"event\":\"synced\",\"sent\":N,",
            "\"pending\":M,\"productsPulled\":K}. Exit 0 when nothing is left pending, 1 when the central store is",
            "away or not configured (one line saying so). Run it while the till itself is closed."})
public final class SyncCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() {
        KassaSettings settings = config.validate(config.located());
        CentralSettings central = settings.central().orElseThrow(() -> new CommandFailure(settings.training()
                ? "training mode never sends to a central store; set kassa.mode to test or production"
                : "no central store configured; set store.central.url (e.g. jdbc:postgresql://shop-server:5432/kassa)"));
        PrintWriter out = spec.commandLine().getOut();
        try (TillStore store = open(settings)) {
            CentralSync.Result result = CentralSync.manual(central, store, store.settings().tillId()).syncNow(r -> {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("event", "sent");
                line.put("kind", r.kind().name());
                line.put("id", r.id());
                line.put("seq", r.seq());
                out.println(Json.line(line));
                out.flush();
            });
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("event", "synced");
            line.put("sent", result.sent());
            line.put("pending", result.pending());
            line.put("productsPulled", result.productsPulled());
            out.println(Json.line(line));
            out.flush();
            if (result.pending() > 0) {
                throw new CommandFailure(result.pending() + " records are still pending; run 'kassa sync' again");
            }
            return 0;
        } catch (CentralUnavailableException | StoreException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    private static TillStore open(KassaSettings settings) {
        try {
            Files.createDirectories(settings.dataDir());
            return TillStore.open(settings.jdbcUrl());
        } catch (StoreOpenException e) {
            throw new CommandFailure(e.getMessage());
        } catch (IOException e) {
            throw new CommandFailure("cannot create the data folder (" + e.getMessage() + "); set kassa.dataDir "
                    + "to a folder this user may write");
        }
    }
}

package org.kassa.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kassa.till.journal.BodyMasking;
import org.kassa.till.store.JournalEntry;
import org.kassa.till.store.StoreException;
import org.kassa.till.store.TillStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kassa journal [--pending]}: the request journal, card numbers masked. */
@Command(name = "journal", mixinStandardHelpOptions = true,
        description = "Prints the request journal (every network call the till made, journaled before sending) as "
                + "JSON lines, oldest first. Card numbers, sessions and passwords in bodies are masked.")
public final class JournalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--pending", description = "Only calls whose operation is not resolved yet (what recovery does "
            + "at the next start).")
    boolean pending;

    @Override
    public Integer call() {
        try (TillStore till = store.open(spec.commandLine())) {
            List<JournalEntry> entries = pending ? till.journal().pending() : till.journal().all();
            PrintWriter out = spec.commandLine().getOut();
            for (JournalEntry e : entries) {
                out.println(Json.line(json(e)));
            }
            out.flush();
            return 0;
        } catch (StoreException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    private static Map<String, Object> json(JournalEntry e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("seq", e.seq());
        json.put("at", e.loggedAt().toString());
        json.put("service", e.service());
        json.put("operation", e.operation());
        json.put("step", e.step());
        json.put("saleId", e.saleId());
        json.put("paymentId", e.paymentId());
        json.put("requestId", e.requestId());
        json.put("attempt", e.attempt());
        json.put("path", e.path());
        json.put("body", BodyMasking.mask(e.body()));
        json.put("answerAt", e.answerAt() == null ? null : e.answerAt().toString());
        json.put("httpStatus", e.httpStatus());
        json.put("answer", e.answerBody() == null ? null : BodyMasking.mask(e.answerBody()));
        json.put("resolved", e.resolved());
        json.put("resolution", e.resolution());
        return json;
    }
}

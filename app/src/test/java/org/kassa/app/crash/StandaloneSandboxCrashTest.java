package org.kassa.app.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kassa.app.config.KassaSettings;
import org.kassa.payclient.CallListener;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.api.RequestIds;
import org.kassa.payclient.api.StatusRequest;
import org.kassa.till.sale.SaleStatus;
import org.kassa.till.store.PaymentRow;
import org.kassa.till.store.PrintState;
import org.kassa.till.store.SaleRow;
import org.kassa.till.store.TillStore;
import org.kassa.totp.Passcodes;

/**
 * The till and the Pay sandbox as two separate processes, as a merchant would run them in test mode:
 * {@code kassa sandbox} and {@code kassa sell --tender koshelek}. One sale ends paid; a second is killed with
 * SIGKILL mid-payment and {@code kassa recover} settles it. The sandbox's ledger is not served over HTTP, so the
 * server's side is read through its own {@code /transaction/status} answers.
 */
class StandaloneSandboxCrashTest {

    @Test
    void aSaleIsPaidAndAKilledOneIsRecoveredAgainstASandboxProcess() throws Exception {
        CrashRig rig = new CrashRig("standalone", 6L);
        Path dir = rig.caseDir("till");
        try (ChildJvm sandbox = ChildJvm.start("sandbox", dir, List.of(), "sandbox")) {
            JsonNode ready = sandbox.await(j -> j.has("baseUrl"), "the sandbox's baseUrl line", CrashRig.PAUSE_WAIT);
            Path config = rig.writeConfig(dir, URI.create(ready.get("baseUrl").asText()), ready.get("login").asText(),
                    ready.get("password").asText(), false);

            try (ChildJvm sell = rig.sell(dir, config, rig.freshCard(rig.totp()), 40_000, null)) {
                assertThat(sell.awaitExit(CrashRig.RECOVER_WAIT)).as(sell.report()).isEqualTo(0);
                assertThat(sell.jsonLines()).last().satisfies(sale ->
                        assertThat(sale.path("status").asText()).isEqualTo("PAID"));
            }
            try (ChildJvm sell = rig.sell(dir, config, rig.freshCard(rig.totp()), 45_000, "answered:STATUS#1")) {
                sell.awaitDrillPause("answered:STATUS#1", CrashRig.PAUSE_WAIT);
                assertThat(sell.kill9()).isEqualTo(CrashRig.SIGKILL_EXIT);
            }
            rig.recover(dir, config);

            assertStoreAgreesWithTheServer(rig.settings(config));
            assertThat(sandbox.alive()).as("the sandbox process outlived the till's crash").isTrue();
            assertThat(sandbox.stop()).as("the sandbox stops on SIGTERM\n%s", sandbox.report()).isNotNull();
        }
    }

    /** Both sales paid once, each accepted transaction confirmed by the server, receipts printed, journal closed. */
    private static void assertStoreAgreesWithTheServer(KassaSettings settings) {
        try (TillStore store = TillStore.open(settings.jdbcUrl());
             PayClient pay = PayClient.create(settings.pay().client(), Passcodes.create(settings.totp()),
                     settings.pay().tips())) {
            List<SaleRow> sales = store.sales().list(Instant.EPOCH, null);
            assertThat(sales).hasSize(2).allSatisfy(sale -> {
                assertThat(sale.status()).isEqualTo(SaleStatus.PAID);
                List<PaymentRow> payments = store.payments().forSale(sale.id());
                assertThat(payments).singleElement().satisfies(p -> {
                    assertThat(p.state()).isEqualTo("ACCEPTED");
                    var answer = pay.status(pay.prepare(new StatusRequest(RequestIds.next(), p.transactionId(), null)),
                            "crash-check", CallListener.NONE);
                    assertThat(answer.status().value()).as("the server's status of %s", p.transactionId())
                            .isEqualTo("accepted");
                });
                assertThat(store.printJobs().forSale(sale.id())).singleElement()
                        .satisfies(job -> assertThat(job.state()).isIn(PrintState.PRINTED, PrintState.STATUS_UNKNOWN));
            });
            assertThat(sales.stream().map(s -> store.payments().forSale(s.id()).get(0).transactionId()).distinct())
                    .as("two sales, two transactions").hasSize(2);
            assertThat(store.journal().pending()).as("journal rows left pending").isEmpty();
        }
    }
}

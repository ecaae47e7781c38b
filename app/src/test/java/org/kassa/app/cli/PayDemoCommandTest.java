package org.kassa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kassa.sandbox.PaySandbox;
import org.kassa.sandbox.SandboxSettings;
import org.kassa.app.config.ConfigFile;
import org.kassa.app.config.TotpConfig;

/** {@code kassa pay-demo} against the real sandbox over HTTP: JSON lines, request ids, exit codes. */
class PayDemoCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return KassaCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private List<JsonNode> lines() throws Exception {
        return out.toString().lines().map(l -> {
            try {
                return Json.mapper().readTree(l);
            } catch (Exception e) {
                throw new AssertionError("not a JSON line: " + l);
            }
        }).toList();
    }

    @Test
    void theStandardScenarioPaysAndRefundsTwiceAgainstASandboxAtABaseUrl() throws Exception {
        try (PaySandbox sandbox = PaySandbox.start(SandboxSettings.training(TotpConfig.settings(ConfigFile.defaults())))) {
            int code = run("pay-demo", "--base-url", sandbox.baseUrl().toString(), "--login", sandbox.login(),
                    "--password", sandbox.password());

            assertThat(code).as(err.toString()).isZero();
            List<JsonNode> lines = lines();
            assertThat(lines).anySatisfy(l -> assertThat(l.path("step").asText()).isEqualTo("checkout"));
            assertThat(lines).filteredOn(l -> "request".equals(l.path("event").asText()))
                    .allSatisfy(l -> assertThat(l.path("requestId").asText()).hasSize(36));
            assertThat(lines.get(lines.size() - 1).path("asExpected").asBoolean()).isTrue();
            var payment = sandbox.ledger().payments().get(0);
            assertThat(payment.status()).isEqualTo("refunded");
            assertThat(payment.refunds()).hasSize(2);
            assertThat(out.toString()).doesNotContain(sandbox.password() + "\"");
        }
    }

    @Test
    void aDeclinedPaymentIsTheExpectedEndOfItsScenario() throws Exception {
        assertThat(run("pay-demo", "--scenario", "declined")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("PAYMENT_DECLINED_BY_EXTERNAL_PROVIDER");
    }

    @Test
    void badFlagsAreNamed() {
        assertThat(run("pay-demo", "--scenario", "nope")).isEqualTo(KassaCli.EXIT_USAGE);
        assertThat(err.toString()).contains("--scenario: 'nope' is unknown; allowed: standard");
        assertThat(run("pay-demo", "--base-url", "ftp:/x")).isEqualTo(KassaCli.EXIT_USAGE);
        assertThat(err.toString()).contains("--base-url");
    }

    @Test
    void anUnreachableBaseUrlFailsWithExitOne() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertThat(run("pay-demo", "--base-url", "http://127.0.0.1:" + port)).isEqualTo(KassaCli.EXIT_FAILED);
        assertThat(out.toString()).contains("NETWORK_FAILURE");
    }
}

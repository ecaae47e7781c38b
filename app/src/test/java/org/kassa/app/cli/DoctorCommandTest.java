package org.kassa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kassa.sandbox.PaySandbox;
import org.kassa.sandbox.SandboxSettings;

/** {@code kassa doctor} against real peers: the sandbox over loopback, real files and real sockets. */
class DoctorCommandTest {

    @TempDir
    Path dir;

    @Test
    void aFreshTrainingTillPassesEveryCheckAndSaysWhatItFound() throws Exception {
        Path config = Cli.config(dir, "kassa.dataDir = " + dir.resolve("data"), "ui.language = en");
        Cli.Run run = Cli.inProcess("doctor", "--json", "--config", config.toString());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        JsonNode report = run.json();
        assertThat(report.get("ok").asBoolean()).isTrue();
        Map<String, JsonNode> checks = byId(report);
        assertThat(checks.keySet()).containsExactly("config", "database", "disk", "central", "pay", "clock", "printer",
                "scanners", "postback");
        assertThat(status(checks, "config")).isEqualTo("ok");
        assertThat(checks.get("database").get("detail").asText()).contains(dir.resolve("data").toString())
                .contains("schema version 3");
        assertThat(status(checks, "pay")).isEqualTo("ok");
        assertThat(checks.get("pay").get("detail").asText()).contains("login and password accepted");
        assertThat(status(checks, "clock")).isEqualTo("ok");
        assertThat(status(checks, "postback")).isEqualTo("skipped");
        assertThat(Files.exists(dir.resolve("data/training/kassa.mv.db"))).isTrue();
    }

    @Test
    void theTableForAPersonIsInRussianByDefault() throws Exception {
        Path config = Cli.config(dir, "kassa.dataDir = " + dir.resolve("data"));
        Cli.Run run = Cli.inProcess("doctor", "--config", config.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("База данных").contains("Pay API").contains("логин и пароль приняты");
    }

    @Test
    void wrongPayCredentialsAreAProblemWithWhatToDo() throws Exception {
        try (PaySandbox sandbox = PaySandbox.start(SandboxSettings.training(org.kassa.app.config.TotpConfig.settings(org.kassa.app.config.ConfigFile.defaults())))) {
            Path config = Cli.config(dir, "kassa.mode = test", "ui.language = en",
                    "kassa.dataDir = " + dir.resolve("data"), "pay.baseUrl.test = " + sandbox.baseUrl(),
                    "pay.login = training", "pay.password = not-the-password");
            Cli.Run run = Cli.inProcess("doctor", "--json", "--config", config.toString());

            assertThat(run.exit()).isEqualTo(1);
            JsonNode pay = byId(run.json()).get("pay");
            assertThat(pay.get("status").asText()).isEqualTo("problem");
            assertThat(pay.get("detail").asText()).contains(sandbox.baseUrl().toString()).contains("401");
            assertThat(pay.get("fix").asText()).contains("pay.login and pay.password");
            assertThat(run.out() + run.err()).doesNotContain("not-the-password");
        }
    }

    @Test
    void anUnreachablePayApiIsAProblem() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        Path config = Cli.config(dir, "kassa.mode = test", "ui.language = en", "kassa.dataDir = " + dir.resolve("data"),
                "pay.baseUrl.test = http://127.0.0.1:" + closedPort, "pay.retry.maxAttempts = 1");
        Cli.Run run = Cli.inProcess("doctor", "--json", "--config", config.toString());

        assertThat(run.exit()).isEqualTo(1);
        Map<String, JsonNode> checks = byId(run.json());
        assertThat(status(checks, "pay")).isEqualTo("problem");
        assertThat(checks.get("pay").get("fix").asText()).contains("internet connection");
        assertThat(status(checks, "clock")).isEqualTo("warn");
    }

    @Test
    void aMissingSerialScannerAndATakenReceiverPortAreProblems() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path config = Cli.config(dir, "ui.language = en", "kassa.dataDir = " + dir.resolve("data"),
                    "scanner.serial.port = " + dir.resolve("ttyACM9"),
                    "pay.postback.enabled = true", "pay.postback.login = koshelek", "pay.postback.password = pb-secret",
                    "pay.postback.port = " + taken.getLocalPort(), "mealcard.receiver.port = " + taken.getLocalPort());
            Cli.Run run = Cli.inProcess("doctor", "--json", "--config", config.toString());

            assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
            Map<String, JsonNode> checks = byId(run.json());
            assertThat(status(checks, "scanners")).isEqualTo("problem");
            assertThat(checks.get("scanners").get("detail").asText()).contains(dir.resolve("ttyACM9").toString());
            assertThat(status(checks, "postback")).isEqualTo("problem");
            assertThat(checks.get("postback").get("detail").asText()).contains(":" + taken.getLocalPort());
            assertThat(checks.get("postback").get("fix").asText()).contains("pay.postback.port");
            assertThat(status(checks, "pay")).isEqualTo("ok");
        }
    }

    @Test
    void aRefusedConfigurationIsTheOneProblemReported() throws Exception {
        Path config = Cli.config(dir, "totp.passLength = 11");
        Cli.Run run = Cli.inProcess("doctor", "--json", "--config", config.toString());

        assertThat(run.exit()).isEqualTo(1);
        Map<String, JsonNode> checks = byId(run.json());
        assertThat(checks.keySet()).containsExactly("config");
        assertThat(checks.get("config").get("detail").asText()).contains("totp.passLength");
    }

    private static Map<String, JsonNode> byId(JsonNode report) {
        Map<String, JsonNode> checks = new LinkedHashMap<>();
        report.get("checks").forEach(c -> checks.put(c.get("check").asText(), c));
        return checks;
    }

    private static String status(Map<String, JsonNode> checks, String id) {
        return checks.get(id).get("status").asText();
    }
}

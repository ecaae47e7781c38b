package org.kassa.app.cli.mealcard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kassa.app.cli.Json;
import org.kassa.app.cli.KassaCli;
import org.kassa.payclient.craftgate.CallbackHash;
import org.kassa.sandbox.craftgate.CraftgateSandbox;
import org.kassa.sandbox.craftgate.CraftgateSandboxSettings;
import org.kassa.sandbox.craftgate.DeliveredCallback;

/** {@code kassa mealcard …} in-process against the Craftgate sandbox over real HTTP, with the training keys. */
class MealcardCommandTest {

    private static HttpServer server;
    private static CraftgateSandbox sandbox;
    private static String base;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void start() throws Exception {
        sandbox = new CraftgateSandbox(CraftgateSandboxSettings.training());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
        server.createContext(CraftgateSandbox.MOUNT, sandbox);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        sandbox.close();
    }

    private int run(String... args) {
        return KassaCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private JsonNode json() throws Exception {
        return Json.mapper().readTree(out.toString());
    }

    @Test
    void initAndCompleteMetropolPrintJson() throws Exception {
        assertThat(run("mealcard", "init", "--base-url", base, "--apm-type", "metropol", "--card-number",
                "9792000000001234", "--gsm-number", "905551111111")).isZero();
        JsonNode init = json();
        assertThat(init.get("additionalAction").asText()).isEqualTo("OTP_REQUIRED");
        assertThat(init.get("htmlContent").isNull()).isTrue();
        out.getBuffer().setLength(0);
        assertThat(run("mealcard", "complete", "--base-url", base, "--code", "123456",
                init.get("sessionId").asText())).isZero();
        assertThat(out.toString().trim()).isEqualTo("{\"sessionId\":\"" + init.get("sessionId").asText()
                + "\",\"maskedCardNumber\":\"9792********1234\",\"fingerprint\":\"" + json().get("fingerprint").asText()
                + "\",\"balance\":250.75}");
    }

    @Test
    void initMultinetPrintsTheDecodedHtml() throws Exception {
        assertThat(run("mealcard", "init", "--base-url", base, "--apm-type", "MULTINET",
                "--callback-url", "http://127.0.0.1:9/mealcard/callback")).isZero();
        assertThat(json().get("htmlContent").asText()).startsWith("<!DOCTYPE html>");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void regenerateSodexoPrintsANewRedirect() throws Exception {
        run("mealcard", "init", "--base-url", base, "--apm-type", "SODEXO");
        String session = json().get("sessionId").asText();
        out.getBuffer().setLength(0);
        assertThat(run("mealcard", "regenerate", "--base-url", base, "--apm-type", "SODEXO", session)).isZero();
        assertThat(json().get("redirectUrl").asText()).isEqualTo(base + "/payment/v1/meal-voucher/sandbox/"
                + session + "/page");
    }

    @Test
    void aMissingFieldNamesTheFlagAndTheApmTypeAndExits2() {
        assertThat(run("mealcard", "init", "--base-url", base, "--apm-type", "TOKENFLEX")).isEqualTo(2);
        assertThat(err.toString()).startsWith("kassa mealcard init: --gsm-number: gsmNumber is required for APM "
                + "type TOKENFLEX");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void completeForAnotherApmTypeIsABadFlag() {
        assertThat(run("mealcard", "complete", "--base-url", base, "--apm-type", "SODEXO", "--code", "1", "s-1"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--apm-type: complete is only for APM type METROPOL");
    }

    @Test
    void aRefusalExits1WithTheCodeAndATip() {
        assertThat(run("mealcard", "complete", "--base-url", base, "--code", "123456", "no-such-session"))
                .isEqualTo(1);
        assertThat(err.toString()).startsWith("kassa: Craftgate refused (HTTP 404): SESSION_NOT_FOUND")
                .contains("Сеанс привязки карты не найден");
    }

    @Test
    void aWrongSecretIsRefusedWithoutEchoingIt() {
        assertThat(run("mealcard", "init", "--base-url", base, "--secret-key", "s3cr3t-value", "--apm-type",
                "EDENRED", "--card-number", "6375000000004321")).isEqualTo(1);
        assertThat(err.toString()).contains("INVALID_SIGNATURE").doesNotContain("s3cr3t-value", "6375000000004321");
    }

    @Test
    void anUnknownApmTypeListsTheAllowedOnes() {
        assertThat(run("mealcard", "init", "--base-url", base, "--apm-type", "TICKET")).isEqualTo(2);
        assertThat(err.toString()).contains("--apm-type: unknown APM type 'TICKET'; allowed: SODEXO, EDENRED");
    }

    @Test
    void kassaSandboxServesCraftgateToo() throws Exception {
        PipedReader pipe = new PipedReader();
        PrintWriter sandboxOut = new PrintWriter(new PipedWriter(pipe), true);
        ExecutorService runner = Executors.newSingleThreadExecutor();
        Future<Integer> exit = runner.submit(() -> KassaCli.execute(new String[] {"sandbox"}, sandboxOut,
                new PrintWriter(new StringWriter())));
        try {
            String sandboxBase = Json.mapper().readTree(new BufferedReader(pipe).readLine()).get("baseUrl").asText();
            assertThat(run("mealcard", "init", "--base-url", sandboxBase, "--apm-type", "METROPOL", "--card-number",
                    "9792000000001234", "--gsm-number", "905551111111")).isZero();
            assertThat(json().get("additionalAction").asText()).isEqualTo("OTP_REQUIRED");
        } finally {
            runner.shutdownNow();
        }
        assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void withoutASubcommandItPrintsUsage() {
        assertThat(run("mealcard")).isZero();
        assertThat(out.toString()).contains("init", "regenerate", "complete", "verify-callback");
    }

    @Test
    void aBaseUrlThatIsNotHttpIsABadFlag() {
        assertThat(run("mealcard", "init", "--base-url", "ftp://craftgate", "--apm-type", "SODEXO")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("kassa: --base-url: 'ftp://craftgate' is not an http:// or https:// URL\n");
    }

    @Test
    void anUnreachableCraftgateExits1WithTheConnectionTip() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        assertThat(run("mealcard", "init", "--base-url", "http://127.0.0.1:" + closed, "--apm-type", "EDENRED",
                "--card-number", "6375000000004321")).isEqualTo(1);
        assertThat(err.toString()).startsWith("kassa: cannot connect to 127.0.0.1:" + closed)
                .contains("Нет связи с Craftgate").doesNotContain("6375000000004321");
    }

    static List<String> seed(String... extra) {
        List<String> args = new ArrayList<>(List.of("mealcard", "verify-callback", "--key",
                "merchantDummyCallbackKeySandbox1", "sessionId=60351fc9-c5ce-42a8-9332-6e15ebf5bbe8", "status=SUCCESS",
                "maskedCardNumber=7599********1920",
                "fingerprint=ca31e9418f907fcfbb50fc7733ed2d93b83b30a05e49e64c83058813827a8426",
                "hashParams=sessionId:status:maskedCardNumber:fingerprint"));
        args.addAll(List.of(extra));
        return args;
    }

    @Test
    void verifyCallbackAcceptsTheSeedExample() {
        assertThat(run(seed("hash=095eb6428b6fd40543837ce009ede7c7f0a5b6006478e35825d8673fb3716b13")
                .toArray(String[]::new))).isZero();
        assertThat(out.toString()).isEqualTo("valid\n");
    }

    @Test
    void verifyCallbackRefusesAForgedHash() {
        assertThat(run(seed("hash=195eb6428b6fd40543837ce009ede7c7f0a5b6006478e35825d8673fb3716b13")
                .toArray(String[]::new))).isEqualTo(1);
        assertThat(out.toString()).isEqualTo("invalid: hash does not match\n");
    }

    @Test
    void verifyCallbackRefusesAMissingHash() {
        assertThat(run(seed().toArray(String[]::new))).isEqualTo(1);
        assertThat(out.toString()).isEqualTo("invalid: hash is missing\n");
    }

    @Test
    void verifyCallbackAcceptsWhatTheSandboxSentAfterTheCustomersForm() throws Exception {
        run("mealcard", "init", "--base-url", base, "--apm-type", "SETCARD", "--callback-url",
                "http://127.0.0.1:9/mealcard/callback");
        String html = json().get("htmlContent").asText();
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(html);
        assertThat(action.find()).isTrue();
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(action.group(1))).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("card=7599000011111920")).build(),
                HttpResponse.BodyHandlers.discarding());
        List<String> args = new ArrayList<>(List.of("mealcard", "verify-callback"));
        List<DeliveredCallback> sent = sandbox.deliveredCallbacks();
        sent.get(sent.size() - 1).params().forEach((k, v) -> args.add(k + "=" + v));
        out.getBuffer().setLength(0);
        assertThat(run(args.toArray(String[]::new))).isZero();
        assertThat(out.toString()).isEqualTo("valid\n");
    }

    @Test
    void verifyCallbackRefusesABadPair() {
        assertThat(run("mealcard", "verify-callback", "--key", "k", "status")).isEqualTo(2);
        assertThat(err.toString()).contains("NAME=VALUE expected, got 'status'");
    }

    @Test
    void verifyCallbackUsesTheConfiguredKeyByDefault() {
        assertThat(run("mealcard", "verify-callback", "sessionId=s", "status=SUCCESS", "hashParams=sessionId:status",
                "hash=" + CallbackHash.compute(Map.of("sessionId", "s",
                        "status", "SUCCESS", "hashParams", "sessionId:status"), "kassaTrainingCallbackKey00000001")))
                .isZero();
    }
}

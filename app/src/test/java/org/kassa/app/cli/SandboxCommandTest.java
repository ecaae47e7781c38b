package org.kassa.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kassa.totp.DeskFingerprint;
import org.kassa.totp.Passcodes;
import org.kassa.totp.TotpSettings;

/** {@code kassa sandbox}: the ready line, real serving with the configured TOTP key, clean stop. */
class SandboxCommandTest {

    private static final String KEY = "00112233445566778899aabbccddeeff00112233";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void printsOneReadyLineServesWithTheConfiguredKeyAndStopsCleanly(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("kassa.properties"), "totp.key = " + KEY + "\n");
        PipedReader pipe = new PipedReader();
        PrintWriter out = new PrintWriter(new PipedWriter(pipe), true);
        StringWriter err = new StringWriter();
        ExecutorService runner = Executors.newSingleThreadExecutor();
        Future<Integer> exit = runner.submit(() ->
                KassaCli.execute(new String[] {"sandbox", "--config", config.toString()}, out, new PrintWriter(err)));
        try {
            JsonNode ready = MAPPER.readTree(new BufferedReader(pipe).readLine());
            assertThat(ready.get("baseUrl").asText()).matches("http://127\\.0\\.0\\.1:\\d+");
            URI base = URI.create(ready.get("baseUrl").asText());
            String auth = "Basic " + Base64.getEncoder().encodeToString(
                    (ready.get("login").asText() + ":" + ready.get("password").asText()).getBytes(StandardCharsets.UTF_8));

            byte[] body = checkout();
            assertThat(post(base, auth, body, token(KEY, body)).statusCode()).isEqualTo(200);
            byte[] other = checkout();
            HttpResponse<String> wrongKey = post(base, auth, other, token("ab".repeat(20), other));
            assertThat(wrongKey.statusCode()).isEqualTo(422);
            assertThat(wrongKey.body()).contains("INVALID_TOKEN");
        } finally {
            runner.shutdownNow();   // interrupts the command: it closes the sandbox and returns
        }
        assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void sigtermStopsTheStandaloneProcessAndFreesThePort() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.kassa.app.Main", "sandbox").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String line = new BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8)).readLine();
            URI base = URI.create(MAPPER.readTree(line).get("baseUrl").asText());
            assertThat(post(base, "Basic bm86bm8=", checkout(), "x").statusCode()).isEqualTo(401);

            process.destroy();   // SIGTERM
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();
            assertThatThrownBy(() -> post(base, "Basic bm86bm8=", checkout(), "x")).isInstanceOf(IOException.class);
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void portOutOfRangeIsABadFlag() {
        StringWriter err = new StringWriter();
        int code = KassaCli.execute(new String[] {"sandbox", "--port", "70000"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(code).isEqualTo(KassaCli.EXIT_USAGE);
        assertThat(err.toString()).contains("--port").contains("0..65535");
    }

    @Test
    void portInUseIsAFailureThatSaysWhatToDo() throws IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            StringWriter err = new StringWriter();
            int code = KassaCli.execute(new String[] {"sandbox", "--port", Integer.toString(taken.getLocalPort())},
                    new PrintWriter(new StringWriter()), new PrintWriter(err));
            assertThat(code).isEqualTo(KassaCli.EXIT_FAILED);
            assertThat(err.toString()).contains("cannot listen").contains("choose another port");
        }
    }

    @Test
    void postbackMustBeHttp() {
        StringWriter err = new StringWriter();
        int code = KassaCli.execute(new String[] {"sandbox", "--postback", "ftp://till/postback"},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(KassaCli.EXIT_USAGE);
        assertThat(err.toString()).contains("--postback").contains("http");
    }

    @Test
    void helpListsTheTriggers() {
        StringWriter out = new StringWriter();
        KassaCli.execute(new String[] {"sandbox", "--help"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(out.toString()).contains("ending 05").contains("UNKNOWN_SESSION_ID").contains("docs/sandbox.md");
    }

    private HttpResponse<String> post(URI base, String auth, byte[] body, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/merchant/checkout"))
                .timeout(Duration.ofSeconds(10)).header("Authorization", auth).header("token", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String keyHex, byte[] body) {
        TotpSettings settings = TotpSettings.of("HMACSHA256", 8, "CM", keyHex, 30, 6, "=");
        return Passcodes.kassa(settings, Clock.systemUTC(), DeskFingerprint.fixed("cpu", "v", "s", "127.0.0.1", "usb"))
                .getToken(body);
    }

    private static byte[] checkout() {
        String session = UUID.randomUUID().toString().substring(0, 6);
        return ("{\"requestId\":\"" + UUID.randomUUID() + "\",\"cardSession\":\"" + session + "\","
                + "\"storeId\":\"bb99e4c8-0a6e-4b60-8aeb-fe2345f1b990\",\"terminalId\":\"t1\","
                + "\"checkoutInvoice\":{\"orderId\":\"1\",\"totalAmount\":1000,\"items\":[]},"
                + "\"user\":{\"loyaltyId\":\"1\"},\"paymentMethods\":[{\"type\":\"SBP\"}]}").getBytes(StandardCharsets.UTF_8);
    }
}

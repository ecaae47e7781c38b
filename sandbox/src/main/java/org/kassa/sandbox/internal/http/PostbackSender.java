package org.kassa.sandbox.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;
import org.kassa.sandbox.SandboxSettings.Postback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the status body to the merchant's postback URL with HTTP Basic auth, once, without retries (the
 * merchant confirms with a status call anyway). Fire and forget: the ledger's lock is never held on I/O.
 */
public final class PostbackSender implements Consumer<JsonNode> {

    private static final Logger LOG = LoggerFactory.getLogger(PostbackSender.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Postback target;
    private final HttpClient client;

    public PostbackSender(Postback target) {
        this.target = target;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }

    @Override
    public void accept(JsonNode statusBody) {
        byte[] body;
        try {
            body = MAPPER.writeValueAsBytes(statusBody);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the postback body", e);
        }
        HttpRequest request = HttpRequest.newBuilder(target.url())
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Authorization", BasicAuth.header(target.login(), target.password()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure != null) {
                LOG.warn("postback to {} failed: {}", target.url(), failure.toString());
            } else {
                LOG.info("postback to {} answered {}", target.url(), response.statusCode());
            }
        });
    }
}

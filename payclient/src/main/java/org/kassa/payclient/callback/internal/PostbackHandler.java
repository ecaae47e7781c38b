package org.kassa.payclient.callback.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import org.kassa.payclient.PayClient;
import org.kassa.payclient.api.StatusResponse;
import org.kassa.payclient.callback.PostbackHint;
import org.kassa.payclient.callback.PostbackListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Koshelek Pay postback endpoint: HTTP Basic auth with the partner credentials (compared in constant
 * time), a status answer read by the Pay client's own parser, handed on as a {@link PostbackHint}.
 */
public final class PostbackHandler extends PostOnlyHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PostbackHandler.class);

    private final byte[] expectedAuthorization;
    private final int maxBodyBytes;
    private final PostbackListener listener;
    private final ReceiverCounters counters;

    public PostbackHandler(String login, String password, int maxBodyBytes, PostbackListener listener,
                           ReceiverCounters counters) {
        super("Koshelek postback");
        this.counters = counters;
        String token = Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.expectedAuthorization = ("Basic " + token).getBytes(StandardCharsets.UTF_8);
        this.maxBodyBytes = maxBodyBytes;
        this.listener = listener;
    }

    @Override
    void serve(HttpExchange exchange) throws IOException {
        String given = exchange.getRequestHeaders().getFirst("Authorization");
        if (given == null || !MessageDigest.isEqual(expectedAuthorization, given.getBytes(StandardCharsets.UTF_8))) {
            LOG.warn("postback refused: wrong or missing credentials");
            counters.refused("postback: wrong or missing credentials");
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"kassa\", charset=\"UTF-8\"");
            PlainExchange.reply(exchange, 401, "error: wrong or missing credentials");
            return;
        }
        byte[] body;
        try {
            body = PlainExchange.body(exchange, maxBodyBytes);
        } catch (PlainExchange.TooLarge e) {
            counters.refused("postback: body too large");
            PlainExchange.reply(exchange, 413, "error: body larger than " + maxBodyBytes + " bytes");
            return;
        }
        Optional<StatusResponse> status = PayClient.parsePostback(body);
        if (status.isEmpty()) {
            counters.refused("postback: not a status answer");
            PlainExchange.reply(exchange, 400, "error: the body must be the JSON object of a status answer with a "
                    + "transactionId");
            return;
        }
        StatusResponse s = status.get();
        PostbackHint hint = new PostbackHint(s.requestId(), s.transactionId(), s.refTransactionId(),
                s.status() == null ? null : s.status().value(), s.refStatus() == null ? null : s.refStatus().value(),
                s.errorCode(), body);
        listener.onPostback(hint);
        counters.postbacks.incrementAndGet();
        LOG.info("postback for transaction {}: {}", hint.paymentTransactionId(), hint.status());
        PlainExchange.reply(exchange, 200, "OK");
    }
}

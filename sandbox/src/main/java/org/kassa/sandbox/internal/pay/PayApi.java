package org.kassa.sandbox.internal.pay;

import com.sun.net.httpserver.HttpExchange;
import java.util.Map;
import java.util.function.Function;
import org.kassa.sandbox.internal.http.Answer;
import org.kassa.sandbox.internal.http.BasicAuth;
import org.kassa.sandbox.internal.http.Served;
import org.kassa.totp.TokenVerifier;

/**
 * The Pay API front door: path and method, HTTP Basic auth, the {@code token} header over the exact body
 * bytes, then the endpoint. Unreadable requests get 400, vendor errors 422, both as {@code {code, details}}.
 */
public final class PayApi implements Served {

    private record Route(String method, boolean tokenized, Function<RequestJson, Answer> endpoint) {
    }

    private final BasicAuth auth;
    private final TokenVerifier tokens;
    private final PayEndpoints endpoints;
    private final Map<String, Route> routes;

    public PayApi(BasicAuth auth, TokenVerifier tokens, Ledger ledger) {
        this.auth = auth;
        this.tokens = tokens;
        this.endpoints = new PayEndpoints(ledger);
        this.routes = Map.of(
                PayEndpoints.AVAILABILITY_TASK, new Route("POST", true, endpoints::availabilityTask),
                PayEndpoints.CHECKOUT, new Route("POST", true, endpoints::checkout),
                PayEndpoints.STATUS, new Route("POST", false, endpoints::status),
                PayEndpoints.RECEIPT, new Route("POST", false, endpoints::receipt),
                PayEndpoints.CANCEL, new Route("POST", false, endpoints::cancel),
                PayEndpoints.REFUND, new Route("POST", true, endpoints::refund));
    }

    @Override
    public Answer serve(HttpExchange exchange, byte[] body) {
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        Route route = routes.get(path);
        boolean poll = route == null && path.startsWith(PayEndpoints.AVAILABILITY_POLL)
                && path.length() > PayEndpoints.AVAILABILITY_POLL.length()
                && path.indexOf('/', PayEndpoints.AVAILABILITY_POLL.length()) < 0;
        if (route == null && !poll) {
            return Answer.error(404, "NOT_FOUND", "no such path: " + path + "; the Pay API paths start with "
                    + PayEndpoints.BASE + " (see docs/sandbox.md)");
        }
        String allowed = poll ? "GET" : route.method();
        if (!allowed.equals(method)) {
            return Answer.error(405, "METHOD_NOT_ALLOWED", path + " answers " + allowed + " only")
                    .withHeader("Allow", allowed);
        }
        if (!auth.accepts(exchange.getRequestHeaders().getFirst("Authorization"))) {
            return BasicAuth.challenge();
        }
        try {
            if (poll) {
                return endpoints.availabilityPoll(path.substring(PayEndpoints.AVAILABILITY_POLL.length()));
            }
            if (route.tokenized()) {
                Answer refused = checkToken(exchange.getRequestHeaders().getFirst("token"), body);
                if (refused != null) {
                    return refused;
                }
            }
            return route.endpoint().apply(RequestJson.parse(body));
        } catch (BadRequest e) {
            return Answer.error(400, "BAD_REQUEST", e.getMessage());
        } catch (PayError e) {
            return e.toAnswer();
        }
    }

    private Answer checkToken(String token, byte[] body) {
        if (token == null || token.isBlank()) {
            return invalidToken("the token header is missing; compute it with getToken over the exact body");
        }
        return switch (tokens.check(token.trim(), body)) {
            case VALID -> null;
            case MALFORMED -> invalidToken("the token is not Base64(fingerprint) followed by the password digits");
            case MISMATCH -> invalidToken(
                    "the token does not match this body: it was made for other bytes, with another key, or too long ago");
        };
    }

    private static Answer invalidToken(String why) {
        return new PayError("INVALID_TOKEN", why).toAnswer();
    }
}

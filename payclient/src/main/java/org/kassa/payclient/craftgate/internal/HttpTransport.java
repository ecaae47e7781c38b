package org.kassa.payclient.craftgate.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.kassa.payclient.craftgate.CraftgateTransportException;
import org.kassa.payclient.craftgate.CraftgateTransportException.Kind;

/**
 * One POST over Apache HttpClient 5 (classic) with connect and response timeouts, no automatic retries,
 * no redirects, no cookies, and a bounded answer. Failures become {@link CraftgateTransportException}s that
 * say whether the server may have processed the request.
 */
public final class HttpTransport implements Closeable {

    /** Larger answers are refused: Craftgate's answers are a few kilobytes (the HTML form included). */
    public static final int MAX_RESPONSE_BYTES = 1 << 20;

    /** An answer: HTTP status, content type (may be null) and the body bytes. */
    public record Result(int status, String contentType, byte[] body) {
    }

    private final CloseableHttpClient client;

    public HttpTransport(Duration connectTimeout, Duration responseTimeout) {
        ConnectionConfig connection = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(connectTimeout))
                .setSocketTimeout(Timeout.of(responseTimeout))
                .build();
        RequestConfig request = RequestConfig.custom()
                .setConnectionRequestTimeout(Timeout.of(connectTimeout))
                .setResponseTimeout(Timeout.of(responseTimeout))
                .setRedirectsEnabled(false)
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(connection).build())
                .setDefaultRequestConfig(request)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .build();
    }

    public Result post(URI uri, Map<String, String> headers, byte[] body, ContentType contentType) {
        HttpPost post = new HttpPost(uri);
        headers.forEach(post::setHeader);
        post.setEntity(new ByteArrayEntity(body, contentType));
        try {
            return client.execute(post, response -> {
                HttpEntity entity = response.getEntity();
                byte[] bytes = entity == null ? new byte[0] : readBounded(entity.getContent());
                String type = entity == null ? null : entity.getContentType();
                return new Result(response.getCode(), type, bytes);
            });
        } catch (ConnectException | ConnectTimeoutException | UnknownHostException | NoRouteToHostException e) {
            throw new CraftgateTransportException(Kind.CONNECT, false,
                    "cannot connect to " + uri.getHost() + ":" + uri.getPort() + " (" + e.getClass().getSimpleName()
                            + "); check the network and the base URL", e);
        } catch (SocketTimeoutException e) {
            throw new CraftgateTransportException(Kind.TIMEOUT, true,
                    "no answer from " + uri.getHost() + " in time; the request may have been processed", e);
        } catch (IOException e) {
            throw new CraftgateTransportException(Kind.CONNECT, true,
                    "connection to " + uri.getHost() + " failed during the call (" + e.getClass().getSimpleName()
                            + "); the request may have been processed", e);
        }
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        try (in) {
            byte[] bytes = in.readNBytes(MAX_RESPONSE_BYTES + 1);
            if (bytes.length > MAX_RESPONSE_BYTES) {
                throw new CraftgateTransportException(Kind.MALFORMED_RESPONSE, true,
                        "answer larger than " + MAX_RESPONSE_BYTES + " bytes refused", null);
            }
            return bytes;
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            // Closing idle pooled connections; nothing to recover.
        }
    }
}

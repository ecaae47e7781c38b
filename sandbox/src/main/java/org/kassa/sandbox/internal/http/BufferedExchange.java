package org.kassa.sandbox.internal.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a mounted {@link HttpHandler} (e.g. the Craftgate sandbox) against the real request but keeps its
 * answer in memory, so faults apply to mounted handlers exactly as to the Pay API.
 */
public final class BufferedExchange extends HttpExchange {

    /** Header names a mounted handler may not set (the JDK server computes them). */
    static final List<String> COMPUTED = List.of("Content-length", "Transfer-encoding");

    private final HttpExchange real;
    private final Headers responseHeaders = new Headers();
    private InputStream requestBody;
    private OutputStream responseBody = new ByteArrayOutputStream();
    private int status = -1;

    private BufferedExchange(HttpExchange real, byte[] body) {
        this.real = real;
        this.requestBody = new ByteArrayInputStream(body);
    }

    /** Adapts a mounted handler to {@link Served}. */
    public static Served adapt(HttpHandler handler) {
        return (exchange, body) -> {
            BufferedExchange buffered = new BufferedExchange(exchange, body);
            handler.handle(buffered);
            return buffered.answer();
        };
    }

    Answer answer() {
        if (status < 0) {
            return Answer.error(500, "HANDLER_SENT_NOTHING", "the mounted handler returned without an answer");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        responseHeaders.forEach((name, values) -> headers.put(name, String.join(",", values)));
        byte[] bytes = responseBody instanceof ByteArrayOutputStream buffer ? buffer.toByteArray() : new byte[0];
        return new Answer(status, headers, bytes);
    }

    @Override
    public Headers getRequestHeaders() {
        return real.getRequestHeaders();
    }

    @Override
    public Headers getResponseHeaders() {
        return responseHeaders;
    }

    @Override
    public URI getRequestURI() {
        return real.getRequestURI();
    }

    @Override
    public String getRequestMethod() {
        return real.getRequestMethod();
    }

    @Override
    public HttpContext getHttpContext() {
        return real.getHttpContext();
    }

    @Override
    public void close() {
        // the dispatcher writes the buffered answer and closes the real exchange
    }

    @Override
    public InputStream getRequestBody() {
        return requestBody;
    }

    @Override
    public OutputStream getResponseBody() {
        return responseBody;
    }

    @Override
    public void sendResponseHeaders(int code, long length) {
        this.status = code;
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
        return real.getRemoteAddress();
    }

    @Override
    public int getResponseCode() {
        return status;
    }

    @Override
    public InetSocketAddress getLocalAddress() {
        return real.getLocalAddress();
    }

    @Override
    public String getProtocol() {
        return real.getProtocol();
    }

    @Override
    public Object getAttribute(String name) {
        return real.getAttribute(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        real.setAttribute(name, value);
    }

    @Override
    public void setStreams(InputStream in, OutputStream out) {
        if (in != null) {
            requestBody = in;
        }
        if (out != null) {
            responseBody = out;
        }
    }

    @Override
    public HttpPrincipal getPrincipal() {
        return real.getPrincipal();
    }
}

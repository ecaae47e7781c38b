package org.kassa.sandbox.internal.http;

import com.sun.net.httpserver.HttpExchange;

/** Something that turns one request (with its already-read body) into one complete answer. */
@FunctionalInterface
public interface Served {
    Answer serve(HttpExchange exchange, byte[] body) throws Exception;
}

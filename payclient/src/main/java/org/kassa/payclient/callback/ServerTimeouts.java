package org.kassa.payclient.callback;

import java.time.Duration;

/**
 * The JDK HttpServer reads its request and response time limits and its TCP_NODELAY switch from JVM-wide
 * system properties, once, when its first server starts. Kassa sets them unless the operator set them on the
 * command line (docs/decisions/0031). Without nodelay, the answer's headers and body leave in two packets and
 * Nagle's algorithm meets the client's delayed ACK: about 40 ms per call even on loopback.
 */
final class ServerTimeouts {

    static final String MAX_REQ_TIME = "sun.net.httpserver.maxReqTime";
    static final String MAX_RSP_TIME = "sun.net.httpserver.maxRspTime";
    static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private ServerTimeouts() {
    }

    static synchronized void applyIfUnset(Duration requestTimeout) {
        String seconds = Long.toString(Math.max(1, (requestTimeout.toMillis() + 999) / 1000));
        if (System.getProperty(MAX_REQ_TIME) == null) {
            System.setProperty(MAX_REQ_TIME, seconds);
        }
        if (System.getProperty(MAX_RSP_TIME) == null) {
            System.setProperty(MAX_RSP_TIME, seconds);
        }
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }
}

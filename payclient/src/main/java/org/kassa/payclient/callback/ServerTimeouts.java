package org.kassa.payclient.callback;

import java.time.Duration;

/**
 * The JDK HttpServer reads its request and response time limits from JVM-wide system properties, once,
 * when its first server starts. Kassa sets them from its configuration unless the operator set them on the
 * command line (docs/decisions/0031).
 */
final class ServerTimeouts {

    static final String MAX_REQ_TIME = "sun.net.httpserver.maxReqTime";
    static final String MAX_RSP_TIME = "sun.net.httpserver.maxRspTime";

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
    }
}

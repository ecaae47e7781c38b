package org.kassa.payclient.callback;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDK HttpServer reads its request and response time limits and its TCP_NODELAY switch from JVM-wide
 * system properties, once, when its class loads. Kassa never sets them at run time (docs/decisions/0071): the
 * launcher passes them ({@code -Dsun.net.httpserver.maxReqTime=10 ...}). The receiver only reads them and warns
 * when they are missing or differ from {@code mealcard.receiver.requestTimeoutSeconds}.
 */
final class ServerTimeouts {

    static final String MAX_REQ_TIME = "sun.net.httpserver.maxReqTime";
    static final String MAX_RSP_TIME = "sun.net.httpserver.maxRspTime";

    private static final Logger LOG = LoggerFactory.getLogger(ServerTimeouts.class);

    private ServerTimeouts() {
    }

    /** What is wrong with the JVM's limits for a receiver configured with {@code requestTimeout}; null if nothing. */
    static String problem(Duration requestTimeout) {
        String seconds = Long.toString(Math.max(1, (requestTimeout.toMillis() + 999) / 1000));
        String req = System.getProperty(MAX_REQ_TIME);
        String rsp = System.getProperty(MAX_RSP_TIME);
        if (seconds.equals(req) && seconds.equals(rsp)) {
            return null;
        }
        return "the callback receiver's request time limit is " + (req == null ? "not set" : req + " s")
                + " (response " + (rsp == null ? "not set" : rsp + " s") + "), configured " + seconds
                + " s; the JDK reads it only at start: add -D" + MAX_REQ_TIME + "=" + seconds + " -D" + MAX_RSP_TIME
                + "=" + seconds + " to the launcher's java-options (kassa/lib/app/kassa.cfg)";
    }

    static void warnIfDifferent(Duration requestTimeout) {
        String problem = problem(requestTimeout);
        if (problem != null) {
            LOG.warn(problem);
        }
    }
}

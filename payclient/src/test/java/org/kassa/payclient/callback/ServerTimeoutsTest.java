package org.kassa.payclient.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The receiver never sets the JDK HttpServer's JVM-wide limits (decision 0071); it names the launcher options
 * when they differ from its configured request timeout. Surefire passes 10 s, as the bundle's launcher does.
 */
class ServerTimeoutsTest {

    @Test
    void theLimitsTheTestJvmWasStartedWithMatchTheDefaultReceiver() {
        assertThat(System.getProperty(ServerTimeouts.MAX_REQ_TIME)).isEqualTo("10");
        assertThat(ServerTimeouts.problem(ReceiverSettings.loopback("k").requestTimeout())).isNull();
    }

    @Test
    void aDifferentConfiguredTimeoutNamesTheOptionsToPassWithoutChangingTheJvm() {
        String problem = ServerTimeouts.problem(Duration.ofSeconds(30));
        assertThat(problem).contains("is 10 s", "configured 30 s", "-Dsun.net.httpserver.maxReqTime=30",
                "-Dsun.net.httpserver.maxRspTime=30", "kassa.cfg");
        assertThat(System.getProperty(ServerTimeouts.MAX_REQ_TIME)).isEqualTo("10");
        assertThat(System.getProperty(ServerTimeouts.MAX_RSP_TIME)).isEqualTo("10");
    }

    @Test
    void partOfASecondRoundsUp() {
        assertThat(ServerTimeouts.problem(Duration.ofMillis(9_200))).isNull();
        assertThat(ServerTimeouts.problem(Duration.ofMillis(10_001))).contains("configured 11 s");
    }
}

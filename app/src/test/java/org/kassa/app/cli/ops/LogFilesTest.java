package org.kassa.app.cli.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class LogFilesTest {

    private static final Logger LOG = LoggerFactory.getLogger(LogFilesTest.class);

    @TempDir
    Path dir;

    @Test
    void infoAndAboveGoToTheDataFolderAndFollowItWhenItChanges() throws Exception {
        LogFiles.toDataFolder(dir.resolve("first"));
        LOG.info("first line {}", 1);
        LOG.debug("not in the file");
        LogFiles.toDataFolder(dir.resolve("second"));
        LOG.warn("second line");

        String first = Files.readString(dir.resolve("first/logs/kassa.log"));
        assertThat(first).contains("INFO").contains("first line 1").doesNotContain("not in the file")
                .doesNotContain("second line");
        assertThat(Files.readString(dir.resolve("second/logs/kassa.log"))).contains("WARN").contains("second line");
    }

    @Test
    void theFileRollsOverBySizeAndDayAndIsKeptThirtyDays() {
        LogFiles.toDataFolder(dir);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        var appender = (RollingFileAppender<?>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("DATA_FOLDER_FILE");
        var policy = (SizeAndTimeBasedRollingPolicy<?>) appender.getRollingPolicy();

        assertThat(policy.getFileNamePattern()).endsWith("kassa-%d{yyyy-MM-dd}.%i.log.gz");
        assertThat(policy.getMaxHistory()).isEqualTo(30);
        assertThat(appender.isStarted()).isTrue();
    }
}

package org.kassa.app.cli.ops;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Kassa's log file in the data folder (docs/decisions/0154): {@code <dataDir>/logs/kassa.log}, INFO and above,
 * rolled over daily and at 10 MB, gzipped, kept 30 days and at most 200 MB in all. Added once the settings are
 * validated (the folder is a setting); stderr keeps showing WARN and above only (decision 0006).
 */
public final class LogFiles {

    /** Subfolder of the data folder. */
    public static final String FOLDER = "logs";
    static final String FILE = "kassa.log";
    private static final String APPENDER = "DATA_FOLDER_FILE";

    private LogFiles() {
    }

    /** The log folder of a data folder. */
    public static Path folder(Path dataDir) {
        return dataDir.resolve(FOLDER);
    }

    /** Logs (also) to {@code <dataDir>/logs/kassa.log}; moves there from any earlier folder. */
    public static synchronized void toDataFolder(Path dataDir) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        String file = folder(dataDir).resolve(FILE).toString();
        Appender<ILoggingEvent> current = root.getAppender(APPENDER);
        if (current instanceof RollingFileAppender<ILoggingEvent> rolling && file.equals(rolling.getFile())) {
            return;
        }
        if (current != null) {
            root.detachAppender(current);
            current.stop();
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();

        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(file);
        appender.setEncoder(encoder);

        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(folder(dataDir).resolve("kassa-%d{yyyy-MM-dd}.%i.log.gz").toString());
        policy.setMaxFileSize(FileSize.valueOf("10MB"));
        policy.setMaxHistory(30);
        policy.setTotalSizeCap(FileSize.valueOf("200MB"));
        policy.start();
        appender.setRollingPolicy(policy);
        appender.start();
        if (appender.isStarted()) {
            root.addAppender(appender);
        }
    }
}

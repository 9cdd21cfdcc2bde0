package org.attune.libs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * SLF4J finds its java.util.logging provider across bundles (ServiceLoader woven by SPI Fly), and the
 * Log4j API that POI and Tika use inside the embedding bundle reaches the same place through SLF4J.
 */
class LoggingInOsgiTest {

    @Test
    void slf4jUsesTheJulProviderNotTheNopFallback() {
        assertEquals("org.slf4j.jul.JDK14LoggerFactory", LoggerFactory.getILoggerFactory().getClass().getName());
    }

    @Test
    void log4jApiInsideTheTikaBundleLogsThroughSlf4jToJul() {
        assertEquals("org.apache.logging.slf4j.SLF4JLoggerContext",
                org.apache.logging.log4j.LogManager.getContext(false).getClass().getName());
        List<LogRecord> seen = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                seen.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger jul = java.util.logging.Logger.getLogger("org.attune.test.log4j");
        jul.addHandler(capture);
        try {
            org.apache.logging.log4j.LogManager.getLogger("org.attune.test.log4j").warn("routed through SLF4J");
            assertTrue(seen.stream().anyMatch(r -> "routed through SLF4J".equals(r.getMessage())), seen.toString());
        } finally {
            jul.removeHandler(capture);
        }
    }
}

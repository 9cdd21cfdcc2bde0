package org.attune.core;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Where log records go: a file in the user's log folder ({@link UserFolders#logs()}), never the console. Libraries (Tika, POI, PDFBox, Xodus) log warnings with stack
 * traces about files they are given; a researcher needs Attune's one-line message, and a developer the trace.
 */
public final class UserLog {
    private static final Logger ATTUNE = Logger.getLogger("org.attune");
    private static Path installed;
    private static Path written;

    private UserLog() {
    }

    /** The folder log files are written to. */
    public static Path folder() {
        return UserFolders.logs();
    }

    /**
     * The log file this process writes. Usually attune-0.log; while another Attune process (the workbench beside a
     * command line) holds that one, java.util.logging gives this one a file of its own (attune-0.log.1 …), and
     * messages must point there.
     */
    public static synchronized Path file() {
        return written != null ? written : folder().resolve("attune-0.log");
    }

    /**
     * Sends every log record to {@link #file()} instead of the console. Where the folder cannot be written, the
     * console keeps one line per record, without its stack trace. Calling it again changes nothing.
     */
    public static synchronized void install() {
        if (installed != null) {
            return;
        }
        Path folder = folder();
        Logger root = Logger.getLogger("");
        Handler handler;
        try {
            Files.createDirectories(folder);
            java.util.Set<Path> locked = locks(folder);
            handler = new FileHandler(folder.resolve("attune-%g.log").toString(), 5 << 20, 3, true);
            handler.setFormatter(new WithTrace());
            java.util.Set<Path> mine = locks(folder);
            mine.removeAll(locked); // the lock java.util.logging just took names the file it writes
            if (mine.size() == 1) {
                String lock = mine.iterator().next().getFileName().toString();
                written = folder.resolve(lock.substring(0, lock.length() - ".lck".length()));
            }
        } catch (IOException | RuntimeException e) {
            handler = new ConsoleHandler();
            handler.setFormatter(new OneLine());
        }
        handler.setLevel(Level.ALL);
        for (Handler old : root.getHandlers()) {
            root.removeHandler(old);
            old.close();
        }
        root.addHandler(handler);
        installed = folder;
    }

    private static java.util.Set<Path> locks(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".lck")).collect(java.util.stream.Collectors.toSet());
        }
    }

    /** Records an unexpected failure with its stack trace in the log (the user is told in one line elsewhere). */
    public static void record(String what, Throwable failure) {
        ATTUNE.log(Level.SEVERE, what, failure);
    }

    /** A record with its time and, for the log file, its stack trace (whatever the console's format says). */
    private static final class WithTrace extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringWriter text = new StringWriter();
            PrintWriter out = new PrintWriter(text);
            out.println(Instant.ofEpochMilli(record.getMillis()) + " " + record.getLevel() + " " + record.getLoggerName() + ": "
                    + formatMessage(record));
            if (record.getThrown() != null) {
                record.getThrown().printStackTrace(out);
            }
            out.flush();
            return text.toString();
        }
    }

    /** A record as one line: its level, logger and message, never a stack trace. */
    private static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord record) {
            String message = formatMessage(record);
            Throwable thrown = record.getThrown();
            return record.getLevel() + " " + record.getLoggerName() + ": " + message
                    + (thrown == null ? "" : " (" + thrown + ")").replace('\n', ' ') + System.lineSeparator();
        }
    }
}

package org.attune.exchange;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.attune.store.AuditEntry;
import org.attune.store.PendingFile;
import org.attune.store.ProjectStore;

/** The audit log (#20) as CSV, for the command line and the Audit view; and the "since" a user types. */
public final class AuditExport {
    static final String[] COLUMNS = {"Number", "Time", "User", "Kind", "Summary", "Elements", "Element ids"};

    private AuditExport() {
    }

    /** Writes {@code entries} as CSV (RFC 4180, with a header) to {@code out}. */
    public static void csv(List<AuditEntry> entries, Appendable out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get());
        for (AuditEntry e : entries) {
            csv.printRecord(e.number(), e.time(), e.user() == null ? "" : e.user(), e.kind(), e.summary(), e.elementsText(),
                    String.join(" ", e.elements().stream().map(AuditEntry.Element::id).toList()));
        }
        csv.flush();
    }

    /** Writes {@code entries} as a CSV file (whole or not at all). */
    public static void write(ProjectStore store, List<AuditEntry> entries, Path target) throws ExchangeException {
        try (PendingFile pending = store.writingExport(target)) {
            Path parent = pending.target().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer out = Files.newBufferedWriter(pending.partial(), StandardCharsets.UTF_8)) {
                csv(entries, out);
            }
            pending.finish();
        } catch (IOException e) {
            throw new ExchangeException(target, "cannot be written (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The time a user means by {@code text}: a day (2026-12-01: its start, in this computer's time zone), a local time
     * (2026-12-01T14:30) or an ISO instant (2026-12-01T14:30:00Z, or with an offset); null for null or blank.
     *
     * @throws IllegalArgumentException with a one-line message saying the forms accepted
     */
    public static Instant since(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return LocalDate.parse(t).atStartOfDay(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException notDay) {
            try {
                return OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDateTime.parse(t).atZone(ZoneId.systemDefault()).toInstant();
                } catch (DateTimeParseException notLocal) {
                    throw new IllegalArgumentException("\"" + t + "\" is no date or time: give e.g. 2026-12-01, "
                            + "2026-12-01T14:30 or 2026-12-01T14:30:00Z");
                }
            }
        }
    }
}

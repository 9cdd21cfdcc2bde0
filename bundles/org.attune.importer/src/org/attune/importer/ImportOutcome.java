package org.attune.importer;

import java.nio.file.Path;

/** What became of one file: imported (with what was found), skipped (duplicate, cancelled) or failed (why). */
public record ImportOutcome(Path file, Status status, String kind, String detail) {
    public enum Status {
        IMPORTED, SKIPPED, FAILED
    }
}

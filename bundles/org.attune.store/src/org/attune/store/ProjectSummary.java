package org.attune.store;

import java.nio.file.Path;
import java.time.Instant;

/** What {@code project info} reports: the descriptor and counts, read from the store. */
public record ProjectSummary(Path folder, String name, Instant created, int schemaVersion, boolean encrypted,
        long sources, long cases, long codes, long codings, long memos, long ratingScales, long ratingSheets) {
}

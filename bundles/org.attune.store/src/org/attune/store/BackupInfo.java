package org.attune.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * A backup that was checked whole: its name in {@code backups/}, when it was made, its size and what it holds
 * ({@code counts} is null for a backup made by an Attune that did not record them).
 */
public record BackupInfo(String name, Path file, Instant made, long bytes, ProjectCounts counts) {
    /** The size for people: "840.2 KB", "12.4 MB". */
    public String size() {
        return bytes < 1 << 20 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** What it holds for people, e.g. "6 sources, 4 cases, 25 codes, 140 codings, 8 memos". */
    public String holds() {
        return counts == null ? "contents not recorded (an older backup)" : counts.describe();
    }
}

package org.attune.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A backup that was checked whole: its name in {@code backups/}, when it was made, its size and what it holds
 * ({@code counts} is null for a backup made by an Attune that did not record them).
 */
public record BackupInfo(String name, Path file, Instant made, long bytes, ProjectCounts counts) {
}

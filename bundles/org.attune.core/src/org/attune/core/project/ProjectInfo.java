package org.attune.core.project;

import java.nio.file.Path;
import java.time.Instant;

/** What a project folder says about itself, read without loading its content. */
public record ProjectInfo(Path folder, String name, Instant created, int schemaVersion) {
}

package org.attune.importer;

import java.nio.file.Path;

/** Follows a batch import and may cancel it between files (the UI adapts an IProgressMonitor to this). */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
    };

    default void begin(int files) {
    }

    default void starting(Path file, int index) {
    }

    default void done(ImportOutcome outcome) {
    }

    default boolean isCancelled() {
        return false;
    }
}

package org.attune.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.attune.store.internal.InFlight;

/**
 * A file being written beside or into a project (an export, an import's copy in {@code sources/}), under a
 * temporary name and with a record in the project's {@code in-flight/} folder until it is done. A process killed
 * meanwhile leaves the record, and the next opening settles what it names ({@link InFlight}).
 * {@link #close()} removes the temporary file if it is still there and forgets the record.
 */
public final class PendingFile implements AutoCloseable {
    private final Path record;
    private final Path partial;
    private final Path target;

    /** {@code record}: null when none could be written. */
    PendingFile(Path record, Path partial, Path target) {
        this.record = record;
        this.partial = partial;
        this.target = target;
    }

    /** Where to write: a hidden name beside the target, never one a user's file has. */
    public Path partial() {
        return partial;
    }

    public Path target() {
        return target;
    }

    /** Gives the finished file its name in one step (replacing an older file of that name). */
    public void finish() throws IOException {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(partial);
            if (record != null) {
                Files.deleteIfExists(record);
            }
        } catch (IOException e) {
            // the record stays, and the next opening settles it
        }
    }
}

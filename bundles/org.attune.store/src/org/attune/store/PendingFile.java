package org.attune.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.attune.store.internal.InFlight;

/**
 * A file being written beside or into a project (an export, an import's copy in {@code sources/}), under a
 * temporary name and with a record in the project's {@code in-flight/} folder until it is done. A process killed
 * meanwhile leaves the record, and the next opening settles what it names ({@link InFlight}).
 * {@link #close()} removes the temporary file if it is still there and forgets the record.
 */
public final class PendingFile implements AutoCloseable {
    /** Forgets the record once the file is done or dropped. */
    private final Runnable forget;
    private final Path partial;
    private final Path target;
    private boolean forgotten;

    /** {@code record}: a record file of its own, removed by {@link #close()}; null when none could be written. */
    PendingFile(Path record, Path partial, Path target) {
        this(() -> {
            try {
                if (record != null) {
                    Files.deleteIfExists(record);
                }
            } catch (IOException e) {
                // the record stays, and the next opening settles it
            }
        }, partial, target);
    }

    /** {@code forget}: tells the record (one line of many) that this file no longer needs it. */
    PendingFile(Runnable forget, Path partial, Path target) {
        this.forget = forget;
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

    /**
     * Forces the written file to disk, gives it its name in one step (replacing an older file of that name) and forces
     * the folder's entry: once this returns, the file is on disk under its name, so that a record that refers to it
     * and is committed afterwards never points at a file a crash lost.
     */
    public void finish() throws IOException {
        place();
        forceFolder(target.getParent());
    }

    /**
     * {@link #finish()} without the folder's entry: the file's content is on disk and it has its name, but the name
     * itself is durable only after {@link #forceFolder} of its folder, which a caller placing many files into one
     * folder (an import's group of copies) calls once for all of them before it commits what refers to them.
     */
    public void place() throws IOException {
        try (FileChannel written = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            written.force(true);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The folder's entries to disk (the renames); where a system cannot open a folder (Windows) its rename is durable already. */
    public static void forceFolder(Path folder) throws IOException {
        FileChannel entries;
        try {
            entries = FileChannel.open(folder, StandardOpenOption.READ);
        } catch (IOException e) {
            return; // NTFS journals the rename itself; a folder cannot be opened as a channel there
        }
        try (entries) {
            entries.force(true);
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            return; // the record stays, and the next opening settles the temporary file
        }
        synchronized (this) { // a record shared with other files is told once
            if (forgotten) {
                return;
            }
            forgotten = true;
        }
        forget.run();
    }
}

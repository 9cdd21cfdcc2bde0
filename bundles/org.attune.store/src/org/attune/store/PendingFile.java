package org.attune.store;

import java.io.IOException;
import java.nio.ByteBuffer;
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
    /** A copy into the project (data about children): its owner's only; an export keeps the user's umask. */
    private final boolean intoProject;
    private boolean forgotten;
    /** The temporary file as {@link #write} left it open, for {@link #place()} to force and close. */
    private volatile FileChannel written;

    /** {@code record}: a record file of its own, removed by {@link #close()}; null when none could be written. */
    PendingFile(Path record, Path partial, Path target, boolean intoProject) {
        this(() -> {
            try {
                if (record != null) {
                    Files.deleteIfExists(record);
                }
            } catch (IOException e) {
                // the record stays, and the next opening settles it
            }
        }, partial, target, intoProject);
    }

    /** {@code forget}: tells the record (one line of many) that this file no longer needs it. */
    PendingFile(Runnable forget, Path partial, Path target, boolean intoProject) {
        this.forget = forget;
        this.partial = partial;
        this.target = target;
        this.intoProject = intoProject;
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
        FileChannel open = written;
        written = null;
        try (FileChannel channel = open != null ? open : FileChannel.open(partial, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        if (intoProject) {
            org.attune.store.internal.OwnerOnly.file(partial); // sources/ is not walked when the project closes
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Writes {@code content} as the temporary file, and keeps it open for {@link #place()}, which may run on another
     * thread: forcing it then needs no second opening of the file (an import makes one such copy per file).
     */
    public void write(byte[] content) throws IOException {
        FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        try {
            ByteBuffer bytes = ByteBuffer.wrap(content);
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        written = channel;
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
        FileChannel open = written;
        written = null;
        try {
            if (open != null) { // written but never placed (a failure or a Cancel before)
                open.close();
            }
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

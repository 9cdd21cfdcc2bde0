package org.attune.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.attune.store.internal.InFlight;

/**
 * The in-flight records of one import's copies into the project: one file in {@code in-flight/} with a line per copy,
 * appended before the copy is begun (not forced, as a record of its own per copy was not: a killed process leaves the
 * written lines all the same). The file is removed once the import is over and each of its copies is settled (kept by a
 * saved source, or removed); until then, or when a process is killed, the next opening settles each line
 * ({@link InFlight}). One file for all copies spares the file system creating and removing a file per copy.
 */
public final class CopyRecords implements AutoCloseable {
    private final ProjectStore store;
    private RecordFile current;
    private boolean closed;

    /** One file of records; removed once it has ended (the import is over) and none of its copies is pending. */
    private static final class RecordFile {
        final Path path;
        final FileChannel channel;
        int pending;
        boolean ended;

        RecordFile(Path path, FileChannel channel) {
            this.path = path;
            this.channel = channel;
        }
    }

    CopyRecords(ProjectStore store) {
        this.store = store;
    }

    /**
     * Records a copy of {@code original} (of that SHA-256) into the project as {@code target}; write the copy to the
     * returned file's {@link PendingFile#partial()} and close it once the source that refers to the copy is saved, or the
     * copy removed. Safe on any thread; a copy begun after {@link #close()} (a reading thread late to stop) gets a file
     * that is removed as soon as that copy is settled.
     */
    public PendingFile copyingIn(Path original, String sha256, Path target) throws StoreException {
        Path partial = InFlight.partialFor(target);
        byte[] line = InFlight.copyLine(original, sha256, target, partial);
        RecordFile file;
        synchronized (this) {
            try {
                if (current == null || current.ended) {
                    current = open();
                    current.ended = closed;
                }
                file = current;
                ByteBuffer bytes = ByteBuffer.wrap(line);
                while (bytes.hasRemaining()) {
                    file.channel.write(bytes);
                }
                file.pending++;
            } catch (IOException e) {
                // a line cut by a full disk is passed over when read; the lines after it go to a new file
                if (current != null) {
                    end(current);
                }
                throw new StoreException(store.folder(), "cannot record the copy of " + original + " (" + e.getMessage() + ")", e);
            }
        }
        return new PendingFile(() -> settled(file), partial, target.toAbsolutePath().normalize(), true);
    }

    private RecordFile open() throws IOException {
        store.refuseIfReadOnly("import");
        Path dir = store.folder().resolve(InFlight.DIR);
        if (!Files.isDirectory(dir)) { // createDirectories throws and catches an exception when it exists
            Files.createDirectories(dir);
        }
        Path path = dir.resolve(UUID.randomUUID() + ".json");
        return new RecordFile(path, FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
    }

    private synchronized void settled(RecordFile file) {
        file.pending--;
        removeIfDone(file);
    }

    private static void end(RecordFile file) {
        file.ended = true;
        removeIfDone(file);
    }

    private static void removeIfDone(RecordFile file) {
        if (file.ended && file.pending == 0) {
            try {
                file.channel.close();
                Files.deleteIfExists(file.path);
            } catch (IOException e) {
                // the record stays, and the next opening settles it
            }
        }
    }

    /** The import is over: the file goes once its last copy is settled (now, when all are). */
    @Override
    public synchronized void close() {
        closed = true;
        if (current != null) {
            end(current);
        }
    }
}

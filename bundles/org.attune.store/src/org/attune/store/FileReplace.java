package org.attune.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * How every export writes a file: to a temporary file beside it ({@code .<name>…part}), moved over the target only
 * once complete, so that a failure or a crash half-way leaves the file that was there, never a part of the new one.
 */
public final class FileReplace {
    /** Writes the whole content to the file it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path partial) throws IOException;
    }

    private FileReplace() {
    }

    /** Writes {@code target} through a temporary file; the target's folder must exist. */
    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException(target + ": the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new IOException(target + ": is a folder, not a file");
        }
        Path partial = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        try {
            content.writeTo(partial);
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}

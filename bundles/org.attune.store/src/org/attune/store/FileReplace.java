package org.attune.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.OptionalLong;

/**
 * How every export writes a file: to a temporary file beside it ({@code .<name>.<pid>.<random>.part}), moved over
 * the target only once complete, so that a failure or a crash half-way leaves the file that was there, never a part
 * of the new one. The temporary name carries the writing process's id so that the next write of the same target
 * can tell what a killed writer left (its process is gone) from what another live export is writing, and remove
 * only the former: a matrix or rating export has no project whose {@code in-flight/} records could say so.
 */
public final class FileReplace {
    private static final String SUFFIX = ".part";

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
        String prefix = prefix(target);
        removeLeftByDeadWriters(dir, prefix);
        Path partial = Files.createTempFile(dir, prefix + ProcessHandle.current().pid() + ".", SUFFIX);
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

    private static String prefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    /** Removes this target's temporary files whose writing process is no longer running; keeps any it can't tell. */
    private static void removeLeftByDeadWriters(Path dir, String prefix) {
        try (DirectoryStream<Path> partials = Files.newDirectoryStream(dir, p -> isPartialOf(p, prefix))) {
            for (Path partial : partials) {
                OptionalLong writer = writerOf(partial, prefix);
                if (writer.isPresent() && ProcessHandle.of(writer.getAsLong()).isEmpty()) {
                    Files.deleteIfExists(partial);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a leftover that cannot be removed now is removed by a later write; the export itself goes on
        }
    }

    private static boolean isPartialOf(Path file, String prefix) {
        String name = file.getFileName().toString();
        return name.startsWith(prefix) && name.endsWith(SUFFIX);
    }

    /** The process id in {@code .<name>.<pid>.<random>.part}, if the name has one. */
    static OptionalLong writerOf(Path partial, String prefix) {
        String rest = partial.getFileName().toString().substring(prefix.length());
        int dot = rest.indexOf('.');
        try {
            return dot > 0 ? OptionalLong.of(Long.parseLong(rest.substring(0, dot))) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}

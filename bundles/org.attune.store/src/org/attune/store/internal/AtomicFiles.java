package org.attune.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a small file so that a crash leaves either the old or the new one, never a part: written to
 * {@code <name>.tmp}, forced to disk, then renamed over the old one.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    static void write(Path target, byte[] bytes) throws IOException {
        Path temporary = temporaryFor(target);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        moveIntoPlace(temporary, target);
    }

    /** Where the new content of {@code target} is written before it takes the name. */
    static Path temporaryFor(Path target) {
        return target.resolveSibling(target.getFileName() + ".tmp");
    }

    /**
     * Removes what a process killed while it wrote the project's small files (descriptor, its copy, the counts) left
     * under their temporary names; the files themselves hold their old content. Call it under the project's lock.
     */
    public static void removeCutOff(Path folder) throws IOException {
        for (String name : new String[] {ProjectDescriptor.FILE_NAME, DescriptorFiles.COPY_NAME, LastCounts.FILE_NAME}) {
            Files.deleteIfExists(temporaryFor(folder.resolve(name)));
        }
    }

    /** Renames a finished file to its final name, atomically. */
    static void moveIntoPlace(Path finished, Path target) throws IOException {
        Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}

package org.attune.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one way Attune deletes a file that may hold what was taken out of a project (a withdrawn participant's
 * original, a copy with real names, an older store, a backup, the plaintext of an original now kept encrypted): its
 * bytes are overwritten with zeros and forced to disk before it is unlinked, so that the file system does not simply
 * free blocks that still hold them (#20). Best effort, as any overwrite from a program: on an SSD the controller
 * writes the zeros elsewhere and keeps the old cells until it erases them, and a copy-on-write file system (Btrfs,
 * ZFS, APFS) or a snapshot keeps the old blocks; the data is then beyond a program's reach (docs/sensitive-data.md
 * says so). A symbolic link is removed, never what it points to; a file with another name is only unlinked.
 */
public final class Overwrite {
    private static final int BUFFER = 64 * 1024;

    private Overwrite() {
    }

    /**
     * Overwrites {@code file} with zeros (its length), forces that to disk, and deletes it; nothing if it is not there.
     * A file with another name (a hard link: a recording a pseudonym renamed, a pseudonymised copy's original) is only
     * unlinked, as its bytes live on under that name; so is a file whose names cannot be counted (no {@code unix:nlink},
     * e.g. on Windows), rather than risk another name's content.
     */
    public static void delete(Path file) throws IOException {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && onlyName(file)) {
            zero(file);
        }
        Files.deleteIfExists(file);
    }

    /** Whether {@code file} is known to have no other name. */
    private static boolean onlyName(Path file) throws IOException {
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue() == 1;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    /** As {@link #delete} for every file under {@code root} (a folder or a file), then the folders. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : all) {
            delete(p);
        }
    }

    /** Overwrites {@code file}'s bytes with zeros in place, keeping its length, and forces them to disk. */
    public static void zero(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            long size = channel.size();
            ByteBuffer zeros = ByteBuffer.allocate(BUFFER);
            for (long at = 0; at < size;) {
                zeros.clear().limit((int) Math.min(BUFFER, size - at));
                at += channel.write(zeros, at);
            }
            channel.force(true);
        }
    }
}

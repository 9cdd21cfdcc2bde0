package org.attune.bench.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.commons.io.file.PathUtils;

/** Copies and removes project folders for the cases that damage or restore a copy (with Commons IO's {@link PathUtils}). */
final class Folders {
    private Folders() {
    }

    /** Copies what {@code from} holds into {@code to} (made if missing), replacing files of the same name; returns {@code to}. */
    static Path copy(Path from, Path to) throws IOException {
        PathUtils.copyDirectory(from, to, StandardCopyOption.REPLACE_EXISTING);
        return to;
    }

    static boolean isEmpty(Path dir) throws IOException {
        return PathUtils.isEmptyDirectory(dir);
    }

    /** The bytes of the regular files below {@code root}. */
    static long size(Path root) throws IOException {
        return PathUtils.sizeOfDirectory(root);
    }

    /** Deletes {@code root} and all below it, if it is there. */
    static void delete(Path root) throws IOException {
        if (Files.exists(root)) {
            PathUtils.deleteDirectory(root);
        }
    }
}

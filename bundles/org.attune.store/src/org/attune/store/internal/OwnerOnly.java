package org.attune.store.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Keeps a project readable by its owner only (folders 0700, files 0600 where the file system has POSIX permissions),
 * as ethics committees ask of data about children. The project folder is closed to others as soon as it exists, so
 * that files the store writes while it is open (with the process's umask) are out of others' reach too; the files'
 * own modes are narrowed when the project opens and closes. Best effort: a file whose mode cannot be changed (another
 * owner, a read-only file system) is left as it is, never a reason to refuse the project.
 */
public final class OwnerOnly {
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** Closes {@code folder} itself to others. */
    public static void folder(Path folder) {
        narrow(folder, FOLDER);
    }

    /** Closes {@code folder} and everything under it to others; symbolic links are not followed. */
    public static void tree(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    narrow(dir, FOLDER);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        narrow(file, FILE);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // gone meanwhile, or not ours to read
                }
            });
        } catch (IOException e) {
            // best effort (see the class comment)
        }
    }

    private static void narrow(Path path, Set<PosixFilePermission> wanted) {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return; // not a POSIX file system
        }
        try {
            Set<PosixFilePermission> now = view.readAttributes().permissions();
            Set<PosixFilePermission> narrowed = java.util.EnumSet.noneOf(PosixFilePermission.class);
            narrowed.addAll(now);
            narrowed.retainAll(wanted); // never adds a right (a read-only file stays read-only)
            if (wanted.contains(PosixFilePermission.OWNER_EXECUTE)) {
                narrowed.add(PosixFilePermission.OWNER_EXECUTE); // a folder its owner can't enter is of no use
            }
            if (!narrowed.equals(now)) {
                view.setPermissions(narrowed);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // best effort (see the class comment)
        }
    }
}

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
 * that files the store writes while it is open (with the process's umask) are out of others' reach too. The files'
 * own modes are narrowed where they are written: a copy placed in {@code sources/} as it is placed
 * ({@code PendingFile}), what the store, its backups and the index write when the project opens and closes
 * ({@link #project}), without walking {@code sources/}, which may hold thousands of files. A project whose folder is
 * still open to others (made before Attune closed projects, or copied with wider modes) has all of it narrowed once,
 * at its first open. Best effort: a file whose mode cannot be changed (another owner, a read-only file system) is
 * left as it is, never a reason to refuse the project.
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

    /** Closes the file {@code file} to others. */
    public static void file(Path file) {
        narrow(file, FILE);
    }

    /**
     * Closes the project in {@code folder} to others: all of it when the folder itself is still open to others (an
     * older project, a copy), else what the store writes: the files at the top, and every folder but {@code sources/}
     * (its copies are narrowed as they are placed) with what it holds.
     */
    public static void project(Path folder, String sources) {
        if (!ownerOnly(folder)) {
            tree(folder);
            return;
        }
        try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    if (entry.getFileName().toString().equals(sources)) {
                        narrow(entry, FOLDER);
                    } else {
                        tree(entry);
                    }
                } else if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    narrow(entry, FILE);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // best effort (see the class comment)
        }
    }

    /** Whether {@code path} is closed to others already (true where there are no POSIX permissions). */
    static boolean ownerOnly(Path path) {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        try {
            return view == null || FOLDER.containsAll(view.readAttributes().permissions());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return true; // nothing to narrow that could be narrowed
        }
    }

    /** Closes {@code folder} and everything under it to others; symbolic links are not followed. */
    private static void tree(Path folder) {
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

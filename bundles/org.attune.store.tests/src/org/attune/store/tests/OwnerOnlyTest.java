package org.attune.store.tests;

import static org.attune.store.tests.StoreFixtures.addCode;
import static org.attune.store.tests.StoreFixtures.addCoding;
import static org.attune.store.tests.StoreFixtures.addTranscript;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.attune.model.AnalyticLevel;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.PendingFile;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project is readable by its owner only: folders 0700, files 0600 (#20). */
class OwnerOnlyTest {
    private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
    }

    @Test
    void aNewProjectWithItsStoreAndBackupsIsClosedToOthers(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "Private", OpenOptions.of("owner test").withBackups(false))) {
            assertEquals("rwx------", mode(folder), "closed to others while it is open");
            TextSource carer = addTranscript(store, "Carer 01", BackupSafetyTest.TEXT);
            addCoding(store, carer, addCode(store, "Attunement", AnalyticLevel.OPEN), 0, 6);
        }
        BackupSafetyTest.backUp(folder); // a backup made while open, with the process's umask
        List<String> open = openToOthers(folder);
        assertTrue(open.isEmpty(), "readable or writable by others: " + open);
        assertTrue(countFiles(folder) > 3, "the walk saw the store's files");
    }

    @Test
    void anOlderProjectWithWideModesIsClosedWhenOpened(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "Older", OpenOptions.of("owner test").withBackups(false))) {
            addTranscript(store, "Carer 01", BackupSafetyTest.TEXT);
        }
        widen(folder); // as an older Attune, or a copy with `cp -r` under umask 022, leaves it
        assertTrue(!openToOthers(folder).isEmpty());
        try (ProjectStore store = ProjectStore.open(folder, OpenOptions.of("owner test").withBackups(false))) {
            assertEquals("rwx------", mode(folder));
            assertEquals(1, store.summary().sources(), "nothing lost on the way");
        }
        assertEquals(List.of(), openToOthers(folder));
    }

    @Test
    void aReadOnlyFileStaysReadOnly(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "Kept", OpenOptions.of("owner test").withBackups(false))) {
            addTranscript(store, "Carer 01", BackupSafetyTest.TEXT);
        }
        Path note = Files.writeString(folder.resolve("read-me.txt"), "kept as it is");
        Files.setPosixFilePermissions(note, PosixFilePermissions.fromString("r--r--r--"));
        try (ProjectStore store = ProjectStore.open(folder, OpenOptions.of("owner test").withBackups(false))) {
            assertEquals("r--------", mode(note), "narrowed, never widened");
        }
    }

    /**
     * sources/ may hold thousands of files: it is walked once, at the first open of a project still open to others
     * (an older one, with 0644 files), not at every open and close; from then on a copy the store places there is its
     * owner's only as it is placed, and the store's own files are still narrowed when the project closes.
     */
    @Test
    void sourcesAreNarrowedOnceAtTheFirstOpenThenEachCopyAsItIsPlaced(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "Older", OpenOptions.of("owner test").withBackups(false))) {
            addTranscript(store, "Carer 01", BackupSafetyTest.TEXT);
        }
        Path sources = Files.createDirectories(folder.resolve(ProjectStore.SOURCES_DIR));
        Path old = Files.writeString(sources.resolve("carer-01.mp4"), "a recording an older Attune copied in");
        widen(folder); // an older project: folders 0755, files 0644
        try (ProjectStore store = ProjectStore.open(folder, OpenOptions.of("owner test").withBackups(false))) {
            assertEquals(List.of(), openToOthers(folder), "all of it narrowed at its first open");
        }
        assertEquals("rw-------", mode(old));

        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--")); // now behind a closed folder
        Path counts = folder.resolve("attune-counts.json");
        if (Files.exists(counts)) {
            Files.setPosixFilePermissions(counts, PosixFilePermissions.fromString("rw-r--r--"));
        }
        Path original = Files.writeString(tmp.resolve("carer-02.txt"), "a file to copy in");
        try (ProjectStore store = ProjectStore.open(folder, OpenOptions.of("owner test").withBackups(false))) {
            try (PendingFile copy = store.copyingIn(original, "0".repeat(64), sources.resolve("carer-02.txt"))) {
                Files.copy(original, copy.partial());
                Files.setPosixFilePermissions(copy.partial(), PosixFilePermissions.fromString("rw-r--r--")); // the umask's mode
                copy.finish();
                assertEquals("rw-------", mode(sources.resolve("carer-02.txt")), "the copy is its owner's as it is placed");
            }
        }
        assertEquals("rw-r--r--", mode(old), "sources/ is not walked at every open and close");
        assertEquals("rwx------", mode(folder));
        assertEquals("rwx------", mode(sources));
        if (Files.exists(counts)) {
            assertEquals("rw-------", mode(counts), "the store's own files are narrowed when it closes");
        }
        assertTrue(openToOthers(folder).stream().allMatch(p -> p.startsWith(ProjectStore.SOURCES_DIR + "/carer-01.mp4")),
                "only the file widened behind the closed folder: " + openToOthers(folder));
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    private static List<String> openToOthers(Path folder) throws IOException {
        List<String> open = new ArrayList<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
                if (perms.stream().anyMatch(OTHERS::contains)) {
                    open.add(folder.relativize(p) + " " + PosixFilePermissions.toString(perms));
                }
            }
        }
        return open;
    }

    private static long countFiles(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    private static void widen(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }
}

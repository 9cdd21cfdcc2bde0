package org.attune.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.attune.model.AnalyticLevel;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.Originals;
import org.attune.store.Overwrite;
import org.attune.store.ProjectStore;
import org.attune.testsupport.FileScan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where Attune removes a file that holds plaintext it means to be rid of (#20), the file's bytes are overwritten before
 * it is unlinked: the plaintext copy an encryption in place replaces, the old store's log after a rewrite, purged
 * backups. Seen through a channel the test opens on the file before the removal: it keeps the removed file's blocks
 * reachable, so what they hold after the removal is what the file held just before its unlink. Before this, each still
 * held every byte. A file with another name is only unlinked.
 */
class OverwriteBeforeUnlinkTest {
    private final Map<Path, FileChannel> watched = new LinkedHashMap<>();
    private static final char[] PASSPHRASE = "overwrite test".toCharArray();
    private static final OpenOptions SEALED = OpenOptions.of("overwrite test").withBackups(false).withPassphrase(PASSPHRASE);
    private static final OpenOptions PLAIN = OpenOptions.of("overwrite test").withBackups(false);

    @Test
    void encryptingACopyInPlaceOverwritesItsPlaintext(@TempDir Path tmp) throws Exception {
        byte[] original = randomBytes(300_000, 1);
        Path folder = tmp.resolve("p");
        Path spies = tmp.resolve("spies");
        try (ProjectStore store = ProjectStore.create(folder, "Older", SEALED)) {
            Path file = sources(folder).resolve("interview.wav");
            Files.write(file, original); // as an older Attune copied it
            spy(file, spies);
            assertFalse(FileScan.holdingAny(reveal(spies), FileScan.runs(original, 12, 64)).isEmpty(), "the control: the scan sees it");
            List<Path> plain = store.originals().plaintextCopies(store.project().getSources());
            assertEquals(List.of(file), plain);
            assertEquals(1, store.originals().encryptInPlace(plain, n -> { }, () -> false));
            assertTrue(Originals.isEncrypted(file));
            assertArrayEquals(original, store.originals().readAllBytes(file));
        }
        List<byte[]> runs = FileScan.runs(original, 12, 64);
        assertEquals(List.of(), FileScan.holdingAny(reveal(spies), runs), "the plaintext's blocks were overwritten before the unlink");
        assertEquals(List.of(), FileScan.holdingAny(folder, runs));
        assertEquals(List.of("interview.wav"), names(folder.resolve(ProjectStore.SOURCES_DIR)), "no second name left");
    }

    @Test
    void aPlaintextSecondNameLeftByAKilledEncryptionIsOverwrittenNextTime(@TempDir Path tmp) throws Exception {
        Path spies = tmp.resolve("spies");
        byte[] original = randomBytes(200_000, 2);
        try (ProjectStore store = ProjectStore.create(tmp.resolve("p"), "Killed", SEALED)) {
            Path sources = sources(store.folder());
            Path file = sources.resolve("diary.m4a");
            // as a process killed after the encrypted copy replaced the file, before the old plaintext was overwritten
            store.originals().write(new ByteArrayInputStream(original), file);
            Path plain = sources.resolve(".diary.m4a.plain");
            Files.write(plain, original);
            spy(plain, spies);
            // and one killed after giving a file not yet encrypted its second name: that is the file itself
            Path other = sources.resolve("notes.txt");
            Files.writeString(other, "still the only copy of the notes");
            Files.createLink(sources.resolve(".notes.txt.plain"), other);
            List<Path> todo = store.originals().plaintextCopies(store.project().getSources());
            assertEquals(List.of(plain, other, sources.resolve(".notes.txt.plain")).stream().sorted().toList(),
                    todo.stream().sorted().toList(), "the second names are listed, so that the next opening settles them");
            store.originals().encryptInPlace(todo, n -> { }, () -> false);
            assertArrayEquals(original, store.originals().readAllBytes(file));
            assertEquals("still the only copy of the notes", new String(store.originals().readAllBytes(other), StandardCharsets.UTF_8));
            assertEquals(List.of("diary.m4a", "notes.txt"), names(sources));
        }
        assertEquals(List.of(), FileScan.holdingAny(reveal(spies), FileScan.runs(original, 12, 64)));
        assertEquals(List.of(), FileScan.holding(tmp.resolve("p"), "still the only copy"));
    }

    /**
     * A file with another name is only unlinked: Pseudonymise gives a recording named after a person its new name as a
     * hard link and then deletes the old name, and zeroing it would have zeroed the recording under its new name.
     */
    @Test
    void aFileWithAnotherNameIsOnlyUnlinked(@TempDir Path tmp) throws Exception {
        byte[] recording = randomBytes(100_000, 3);
        Path old = Files.write(tmp.resolve("P01 Practice review Anna.mp4"), recording);
        Path renamed = Files.createLink(tmp.resolve("P01 Practice review Practitioner A.mp4"), old);
        Overwrite.delete(old);
        assertFalse(Files.exists(old));
        assertArrayEquals(recording, Files.readAllBytes(renamed), "the recording under its new name is whole");
    }

    @Test
    void aRewriteOverwritesTheOldStoresLog(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "Rewrite", PLAIN)) {
            var code = StoreFixtures.addCode(store, "Zebediah's code", AnalyticLevel.OPEN);
            TextSource text = StoreFixtures.addTranscript(store, "T1", "Zebediah waited. ".repeat(200));
            store.apply("Rename", () -> code.setName("Person 1's code"));
            store.replaceText("Replace", text, 0, 8, "Person 1", () -> text.setLength(text.getLength()));
        }
        Path spies = tmp.resolve("spies");
        List<Path> logs = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder.resolve(ProjectStore.STORE_DIR))) {
            files.filter(f -> f.getFileName().toString().endsWith(".xd")).forEach(logs::add);
        }
        for (Path log : logs) {
            spy(log, spies);
        }
        assertFalse(FileScan.holding(reveal(spies), "Zebediah's code").isEmpty(), "the control: the old log holds the old name");
        ProjectStore.reclaimSpace(folder, "overwrite test", json -> json.replace("Zebediah", "Person 1")); // the audit names it too
        assertEquals(List.of(), FileScan.holding(reveal(spies), "Zebediah's code"), "the old log was overwritten before its unlink");
        assertEquals(List.of(), FileScan.holding(folder, "Zebediah's code"));
    }

    @Test
    void purgedBackupsAreOverwritten(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "Purge", PLAIN)) {
            StoreFixtures.addCode(store, "Zebediah's code", AnalyticLevel.OPEN);
        }
        Path backup = Files.createDirectories(folder.resolve("backups")).resolve("store-20261206-120000-000.zip");
        Files.writeString(backup, "a backup that names Zebediah ".repeat(100));
        Path spies = tmp.resolve("spies");
        spy(backup, spies);
        assertEquals(1, ProjectStore.purgeBackups(folder, "overwrite test"));
        assertFalse(Files.exists(backup));
        assertEquals(List.of(), FileScan.holding(reveal(spies), "Zebediah"));
        assertEquals("a backup that names Zebediah ".length() * 100L, Files.size(reveal(spies).resolve(backup.getFileName())), "zeroed, not cut");
    }

    private static Path sources(Path folder) throws Exception {
        return Files.createDirectories(folder.resolve(ProjectStore.SOURCES_DIR));
    }

    /**
     * Keeps {@code file} open for reading: its blocks stay reachable after Attune removes it (an open file outlives its
     * last name on POSIX, without being a second name that would keep Overwrite from zeroing it). {@link #reveal} copies
     * what it holds now into {@code spies}.
     */
    private void spy(Path file, Path spies) throws Exception {
        watched.put(Files.createDirectories(spies).resolve(file.getFileName()), FileChannel.open(file, StandardOpenOption.READ));
    }

    /** Writes what each watched file holds now into its place in the spies folder; returns that folder. */
    private Path reveal(Path spies) throws Exception {
        for (Map.Entry<Path, FileChannel> e : watched.entrySet()) {
            ByteBuffer all = ByteBuffer.allocate((int) e.getValue().size());
            while (all.hasRemaining() && e.getValue().read(all, all.position()) >= 0) {
                // reads it all
            }
            Files.write(e.getKey(), all.array());
        }
        return spies;
    }

    @AfterEach
    void closeWatched() throws Exception {
        for (FileChannel channel : watched.values()) {
            channel.close();
        }
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}

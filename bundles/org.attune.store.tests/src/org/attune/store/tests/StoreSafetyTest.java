package org.attune.store.tests;

import static org.attune.store.tests.StoreFixtures.addCode;
import static org.attune.store.tests.StoreFixtures.addTranscript;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.attune.model.AnalyticLevel;
import org.attune.model.AttuneFactory;
import org.attune.model.Memo;
import org.attune.model.SpeakerTurn;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectLockedException;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;
import org.attune.store.TextContent;
import org.attune.store.WrongPassphraseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jetbrains.exodus.entitystore.Entity;
import jetbrains.exodus.entitystore.PersistentEntityStore;
import jetbrains.exodus.entitystore.PersistentEntityStores;

/** One writer per project, encryption at rest, and projects written by an older Attune. */
class StoreSafetyTest {
    private static final OpenOptions OPTIONS = OpenOptions.of("safety test").withBackups(false);
    private static final String SECRET_TEXT = "Zebra-striped attunement 7319";
    private static final String SECRET_CODE = "Quokka moment 4471";
    private static final String SHORT_TRANSCRIPT = "Carer: " + SECRET_TEXT + ", she said.";
    private static final String LONG_TRANSCRIPT = ("Guider: we looked at the clip again. " + SECRET_TEXT + "\n").repeat(600);

    @Test
    void asecondOpenerIsToldWhoHoldsTheProject(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        try (ProjectStore first = ProjectStore.create(folder, "Shared", OpenOptions.of("Attune workbench").withBackups(false))) {
            ProjectLockedException e = assertThrows(ProjectLockedException.class, () -> ProjectStore.open(folder, OPTIONS));
            assertTrue(e.getMessage().contains("open in Attune workbench (user " + System.getProperty("user.name")), e.getMessage());
            assertTrue(e.holder().contains("process " + ProcessHandle.current().pid()), e.holder());
        }
        try (ProjectStore second = ProjectStore.open(folder, OPTIONS)) {
            assertFalse(second.recoveredFromCrash(), "a closed project leaves no stale lock");
        }
    }

    @Test
    void aLockLeftByACrashIsTakenOver(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "Crashed", OPTIONS)) {
            addCode(store, "Kept", AnalyticLevel.OPEN);
        }
        Files.writeString(folder.resolve("project.lock"), "attune cli (user alice, host lab-3, process 999999, since "
                + Instant.now() + ")");
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            assertTrue(store.recoveredFromCrash());
            assertEquals("Kept", store.project().getCodes().get(0).getName());
        }
    }

    @Test
    void anEncryptedProjectShowsNoPlaintextOnDisk(@TempDir Path tmp) throws Exception {
        Path plain = tmp.resolve("plain");
        fill(ProjectStore.create(plain, "Plain", OPTIONS));
        // look for exactly the bytes the store keeps of a text (its UTF-8 with a checksum), as well as for the plain words
        byte[] shortStored = TextContent.of(SHORT_TRANSCRIPT).stored();
        byte[] longStored = TextContent.of(LONG_TRANSCRIPT).stored();
        assertFalse(filesContaining(plain, shortStored).isEmpty(), "control: an unencrypted store holds the short text");
        assertFalse(filesContaining(plain, longStored).isEmpty(), "control: an unencrypted store holds the long text");
        assertFalse(filesContaining(plain, SECRET_CODE).isEmpty(), "control: an unencrypted store holds the code's name");

        Path sealed = tmp.resolve("sealed");
        char[] passphrase = "correct horse battery staple".toCharArray();
        fill(ProjectStore.create(sealed, "Sealed", OPTIONS.withPassphrase(passphrase)));
        try (ProjectStore store = ProjectStore.open(sealed, OpenOptions.of("safety test").withPassphrase(passphrase))) {
            TextSource source = (TextSource) store.project().getSources().get(0);
            assertTrue(store.text(source).contains(SECRET_TEXT), "the right passphrase reads everything back");
            assertTrue(store.isEncrypted());
        } // this open also made a backup: it must be encrypted too
        assertFalse(ProjectStore.summary(sealed, OPTIONS.withPassphrase(passphrase)).name().isEmpty());
        assertTrue(Files.list(sealed.resolve("backups")).findAny().isPresent(), "a backup was made");
        assertEquals(List.of(), filesContaining(sealed, SECRET_TEXT));
        assertEquals(List.of(), filesContaining(sealed, SECRET_CODE));
        assertEquals(List.of(), filesContaining(sealed, shortStored));
        assertEquals(List.of(), filesContaining(sealed, longStored));
    }

    @Test
    void aWrongOrMissingPassphraseIsAClearError(@TempDir Path tmp) throws Exception {
        Path sealed = tmp.resolve("sealed");
        ProjectStore.create(sealed, "Sealed", OPTIONS.withPassphrase("right".toCharArray())).close();
        WrongPassphraseException wrong = assertThrows(WrongPassphraseException.class,
                () -> ProjectStore.open(sealed, OPTIONS.withPassphrase("wrong".toCharArray())));
        assertTrue(wrong.getMessage().startsWith(sealed.toString()) && wrong.getMessage().contains("wrong passphrase"));
        WrongPassphraseException missing = assertThrows(WrongPassphraseException.class, () -> ProjectStore.open(sealed, OPTIONS));
        assertTrue(missing.getMessage().contains("a passphrase is needed"), missing.getMessage());
        ProjectStore.open(sealed, OPTIONS.withPassphrase("right".toCharArray())).close(); // and the lock was released
    }

    @Test
    void aProjectOfSchemaVersionOneIsMigratedAfterABackup(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("old");
        long created = Instant.parse("2026-03-01T10:00:00Z").toEpochMilli();
        writeVersionOneProject(folder, "Guider interviews 2026", created);

        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            assertEquals("Guider interviews 2026", store.project().getName());
            assertEquals(created, store.project().getCreated().getTime());
            assertEquals(ProjectStore.SCHEMA_VERSION, store.project().getSchemaVersion());
            assertEquals("", store.project().getDescription());
        }
        assertTrue(Files.readString(folder.resolve("attune-project.json")).contains("\"schemaVersion\": " + ProjectStore.SCHEMA_VERSION));
        try (Stream<Path> backups = Files.list(folder.resolve("backups"))) {
            assertTrue(backups.anyMatch(p -> p.getFileName().toString().startsWith("before-migration-v1-")));
        }
        try (ProjectStore again = ProjectStore.open(folder, OPTIONS)) {
            assertEquals(ProjectStore.SCHEMA_VERSION, again.project().getSchemaVersion(), "migrated once, then opened as it is");
        }
    }

    @Test
    void aProjectOfSchemaVersionTwoGetsItsTextsMovedOutOfBlobs(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("v2");
        try (ProjectStore store = ProjectStore.create(folder, "Version 2", OPTIONS)) {
            addTranscript(store, "Carer 07", SHORT_TRANSCRIPT);
            addTranscript(store, "Carer 08", LONG_TRANSCRIPT);
        }
        StoreAccessTestSupport.rewriteAsVersionTwo(folder);
        assertEquals(0, StoreAccessTestSupport.storedTexts(folder), "control: the store now holds its texts as version 2 did");

        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            assertEquals(ProjectStore.SCHEMA_VERSION, store.project().getSchemaVersion());
            List<String> texts = store.project().getSources().stream().map(s -> store.text((TextSource) s)).toList();
            assertEquals(List.of(SHORT_TRANSCRIPT, LONG_TRANSCRIPT), texts);
        }
        assertEquals(2, StoreAccessTestSupport.storedTexts(folder));
        assertEquals(0, StoreAccessTestSupport.textBlobs(folder), "the old blobs are gone");
        try (Stream<Path> backups = Files.list(folder.resolve("backups"))) {
            assertTrue(backups.anyMatch(p -> p.getFileName().toString().startsWith("before-migration-v2-")));
        }
    }

    @Test
    void aProjectOfSchemaVersionThreeGetsItsLongValuesMovedOutOfBlobs(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("v3");
        String longMemo = ("Constant comparison: " + SECRET_TEXT + ". ").repeat(200);
        try (ProjectStore store = ProjectStore.create(folder, "Version 3", OPTIONS)) {
            TextSource source = addTranscript(store, "Carer 08", LONG_TRANSCRIPT);
            store.apply("turns", () -> {
                for (int i = 0; i < 300; i++) {
                    SpeakerTurn turn = AttuneFactory.eINSTANCE.createSpeakerTurn();
                    turn.setSpeaker("Guider");
                    turn.setStart(i * 10);
                    turn.setEnd(i * 10 + 9);
                    source.getTurns().add(turn);
                }
                Memo memo = AttuneFactory.eINSTANCE.createMemo();
                memo.setTitle("Long");
                memo.setText(longMemo);
                store.project().getMemos().add(memo);
            });
        }
        long kept = StoreAccessTestSupport.longValues(folder);
        assertEquals(2, kept, "the turns and the memo's text are long values");
        StoreAccessTestSupport.rewriteAsVersionThree(folder);
        assertEquals(0, StoreAccessTestSupport.longValues(folder), "control: the store now holds them as version 3 did");

        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            assertEquals(ProjectStore.SCHEMA_VERSION, store.project().getSchemaVersion());
            TextSource source = (TextSource) store.project().getSources().getFirst();
            store.load(source);
            assertEquals(300, source.getTurns().size());
            assertEquals(2990, source.getTurns().getLast().getStart());
            assertEquals(longMemo, store.project().getMemos().getFirst().getText());
        }
        assertEquals(2, StoreAccessTestSupport.longValues(folder));
        try (Stream<Path> backups = Files.list(folder.resolve("backups"))) {
            assertTrue(backups.anyMatch(p -> p.getFileName().toString().startsWith("before-migration-v3-")));
        }
    }

    @Test
    void aLongValueLeavesItsStoreWhenItShrinksOrItsElementGoes(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("long");
        String longText = "Axial coding links the categories. ".repeat(200);
        try (ProjectStore store = ProjectStore.create(folder, "Long values", OPTIONS)) {
            store.apply("memo", () -> {
                Memo memo = AttuneFactory.eINSTANCE.createMemo();
                memo.setText(longText);
                store.project().getMemos().add(memo);
            });
        }
        assertEquals(1, StoreAccessTestSupport.longValues(folder));
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            store.apply("shorten", () -> store.project().getMemos().getFirst().setText("Short now."));
        }
        assertEquals(0, StoreAccessTestSupport.longValues(folder), "a value that became short leaves the store");
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            assertEquals("Short now.", store.project().getMemos().getFirst().getText());
            store.apply("lengthen", () -> store.project().getMemos().getFirst().setText(longText));
            store.apply("delete", () -> store.project().getMemos().clear());
            store.undo();
        }
        assertEquals(1, StoreAccessTestSupport.longValues(folder), "undoing the delete writes the value again");
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            assertEquals(longText, store.project().getMemos().getFirst().getText());
            store.apply("delete", () -> store.project().getMemos().clear());
        }
        assertEquals(0, StoreAccessTestSupport.longValues(folder), "a deleted element's long values go with it");
    }

    @Test
    void aProjectFromANewerAttuneIsRefusedUntouched(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("future");
        ProjectStore.create(folder, "Future", OPTIONS).close();
        // a newer Attune writes the descriptor and its copy alike (the file alone changed is damage, repaired from the copy)
        for (String name : List.of("attune-project.json", "attune-project.json.bak")) {
            Path descriptor = folder.resolve(name);
            Files.writeString(descriptor, Files.readString(descriptor).replace("\"schemaVersion\": " + ProjectStore.SCHEMA_VERSION,
                    "\"schemaVersion\": 99"));
        }
        StoreException e = assertThrows(StoreException.class, () -> ProjectStore.open(folder, OPTIONS));
        assertTrue(e.getMessage().contains("a newer Attune wrote this project (schema version 99)"), e.getMessage());
    }

    /** Exactly what Attune 0.1 before the domain model wrote: a Xodus store with one Project entity. */
    static void writeVersionOneProject(Path folder, String name, long created) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(PersistentEntityStores.class.getClassLoader());
        try (PersistentEntityStore store = PersistentEntityStores.newInstance(folder.resolve("store").toFile())) {
            store.executeInTransaction(txn -> {
                Entity project = txn.newEntity("Project");
                project.setProperty("name", name);
                project.setProperty("created", created);
                project.setProperty("schemaVersion", 1);
            });
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void fill(ProjectStore store) {
        try (store) {
            addTranscript(store, "Carer 07", SHORT_TRANSCRIPT);
            addTranscript(store, "Carer 08", LONG_TRANSCRIPT);
            addCode(store, SECRET_CODE, AnalyticLevel.OPEN);
        }
    }

    /** Files under {@code root} whose bytes hold {@code text} in UTF-8 or UTF-16 (either byte order). */
    static List<Path> filesContaining(Path root, String text) throws IOException {
        return filesContaining(root, text.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_16BE),
                text.getBytes(StandardCharsets.UTF_16LE));
    }

    static List<Path> filesContaining(Path root, byte[]... bytesSought) throws IOException {
        List<byte[]> needles = List.of(bytesSought);
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                if (needles.stream().anyMatch(n -> indexOf(bytes, n) >= 0)) {
                    found.add(root.relativize(file));
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

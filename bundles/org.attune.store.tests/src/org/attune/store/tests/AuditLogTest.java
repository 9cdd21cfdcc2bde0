package org.attune.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.attune.model.AnalyticLevel;
import org.attune.model.Code;
import org.attune.store.AuditEntry;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log (#20): one entry per committed action, undo and redo, in order, kept, and encrypted with the store. */
class AuditLogTest {
    private static final OpenOptions OPTIONS = OpenOptions.of("audit test").withBackups(false);

    private record Expected(String kind, String summary, String user) {
    }

    @Test
    void randomActionsWithUndoAndRedoLogExactlyOneEntryEachInOrder(@TempDir Path tmp) throws Exception {
        for (long seed = 1; seed <= 4; seed++) {
            Random random = new Random(seed);
            Path folder = tmp.resolve("p" + seed);
            List<Expected> expected = new ArrayList<>();
            List<String> undoable = new ArrayList<>(); // labels of the undo history, newest last
            List<String> redoable = new ArrayList<>(); // labels that redo would do again, next last
            try (ProjectStore store = ProjectStore.create(folder, "Audit " + seed, OPTIONS)) {
                store.setCurrentUser("ana"); // adds the user: no user action, no entry
                assertEquals(List.of(), store.audit(), "a new project's log is empty");
                List<Code> codes = new ArrayList<>();
                String user = "ana";
                for (int step = 0; step < 40; step++) {
                    int choice = random.nextInt(6);
                    if (choice == 0 && !undoable.isEmpty()) {
                        store.undo();
                        String label = undoable.remove(undoable.size() - 1);
                        redoable.add(label);
                        expected.add(new Expected(AuditEntry.UNDO, "Undo: " + label, user));
                    } else if (choice == 1 && !redoable.isEmpty()) {
                        store.redo();
                        String label = redoable.remove(redoable.size() - 1);
                        undoable.add(label);
                        expected.add(new Expected(AuditEntry.REDO, "Redo: " + label, user));
                    } else if (choice == 2) {
                        user = random.nextBoolean() ? "ana" : "ben";
                        store.setCurrentUser(user);
                    } else {
                        String label;
                        List<Code> attached = codes.stream().filter(c -> c.eContainer() == store.project()).toList();
                        if (choice == 3 && !attached.isEmpty()) {
                            Code code = attached.get(random.nextInt(attached.size()));
                            String name = "Renamed " + step;
                            label = "Rename \"" + code.getName() + "\" to \"" + name + "\"";
                            store.apply(label, () -> code.setName(name));
                        } else {
                            Code code = StoreFixtures.F.createCode();
                            code.setName("Code " + step);
                            code.setLevel(AnalyticLevel.OPEN);
                            label = "New code \"" + code.getName() + "\"";
                            store.apply(label, () -> store.project().getCodes().add(code));
                            codes.add(code);
                        }
                        undoable.add(label);
                        redoable.clear();
                        expected.add(new Expected(AuditEntry.DO, label, user));
                    }
                }
                assertLog(expected, store.audit(), "seed " + seed);
            }
            try (ProjectStore reopened = ProjectStore.open(folder, OPTIONS)) {
                assertLog(expected, reopened.audit(), "seed " + seed + " after close and open");
            }
        }
    }

    private static void assertLog(List<Expected> expected, List<AuditEntry> newestFirst, String what) {
        List<AuditEntry> log = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(log);
        assertEquals(expected, log.stream().map(e -> new Expected(e.kind(), e.summary(), e.user())).toList(), what);
        for (int i = 0; i < log.size(); i++) {
            assertEquals(i + 1, log.get(i).number(), what + ": entries are numbered in order");
            assertFalse(log.get(i).elements().isEmpty(), what + ": every entry names what it touched: " + log.get(i));
            if (i > 0) {
                assertFalse(log.get(i).time().isBefore(log.get(i - 1).time()), what + ": times in order");
            }
        }
    }

    @Test
    void entriesNameTheElementsAndFilterByTimeUserAndElement(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        Instant before = Instant.now();
        try (ProjectStore store = ProjectStore.create(folder, "Filters", OPTIONS)) {
            store.setCurrentUser("ana");
            Code attunement = StoreFixtures.addCode(store, "Attunement", AnalyticLevel.OPEN);
            store.setCurrentUser("ben");
            StoreFixtures.addCoding(store, StoreFixtures.addTranscript(store, "C01", "I felt more attuned"), attunement, 0, 19);
        }
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            List<AuditEntry> all = store.audit();
            assertEquals(3, all.size());
            AuditEntry coded = all.get(0);
            assertEquals("ben", coded.user());
            assertTrue(coded.elements().stream().anyMatch(e -> e.type().equals("Coding") && "in C01".equals(e.name())), coded.toString());
            assertEquals(attunement(all.get(2)), "Code Attunement");
            assertEquals(1, store.audit(null, "ANA", null).size());
            assertEquals(2, store.audit(null, null, "c01").size(), "the source and its coding");
            assertEquals(3, store.audit(before, null, null).size());
            assertEquals(0, store.audit(Instant.now().plusSeconds(60), null, null).size());
        }
    }

    private static String attunement(AuditEntry entry) {
        return entry.elements().get(0).label();
    }

    @Test
    void anEncryptedProjectsLogIsEncrypted(@TempDir Path tmp) throws Exception {
        String secret = "Wombat moment 5521";
        Path plain = tmp.resolve("plain");
        try (ProjectStore store = ProjectStore.create(plain, "Plain", OPTIONS)) {
            store.apply("Note " + secret, () -> store.project().getCodes().add(named("c")));
        }
        assertFalse(StoreSafetyTest.filesContaining(plain, secret).isEmpty(), "control: an unencrypted store holds the summary");
        Path sealed = tmp.resolve("sealed");
        char[] passphrase = "correct horse battery staple".toCharArray();
        try (ProjectStore store = ProjectStore.create(sealed, "Sealed", OPTIONS.withPassphrase(passphrase))) {
            store.apply("Note " + secret, () -> store.project().getCodes().add(named("c")));
        }
        try (ProjectStore store = ProjectStore.open(sealed, OPTIONS.withPassphrase(passphrase))) {
            assertEquals("Note " + secret, store.audit().get(0).summary());
        }
        assertEquals(List.of(), StoreSafetyTest.filesContaining(sealed, secret));
    }

    private static Code named(String name) {
        Code code = StoreFixtures.F.createCode();
        code.setName(name);
        code.setLevel(AnalyticLevel.OPEN);
        return code;
    }
}

package org.attune.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.attune.model.AnalyticLevel;
import org.attune.model.Code;
import org.attune.model.TextSource;
import org.attune.store.AuditEntry;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.store.ProjectSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ProjectStore#reclaimSpace} (#20): the rewritten store holds the same project and log, the outdated records (a
 * renamed code's old name, a replaced text) are gone from every file of the store, audit entries pass through the
 * given rewrite, and a rewrite cut off between its two moves is finished by the next opening.
 */
class ReclaimSpaceTest {
    private static final OpenOptions OPEN = OpenOptions.of("reclaim test").withBackups(false);

    @Test
    void rewrittenStoreKeepsTheProjectAndDropsOutdatedRecords(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        ProjectSummary before;
        int entries;
        try (ProjectStore store = ProjectStore.create(folder, "Reclaim", OPEN)) {
            Code code = StoreFixtures.addCode(store, "Zebediah's code", AnalyticLevel.OPEN);
            TextSource text = StoreFixtures.addTranscript(store, "T1", "Zebediah waited. ".repeat(50));
            StoreFixtures.addCoding(store, text, code, 0, 8);
            store.apply("Rename", () -> code.setName("Person 1's code"));
            store.replaceText("Replace", text, 0, 8, "Person 1", () -> text.setLength(text.getLength()));
            before = store.summary();
            entries = store.audit().size();
        }
        assertTrue(holds(folder.resolve(ProjectStore.STORE_DIR), "Zebediah's code"), "the log keeps the old name until reclaimed");
        long kept = ProjectStore.reclaimSpace(folder, "reclaim test", json -> json.replace("Zebediah", "Person 1"));
        assertTrue(kept > 0);
        assertFalse(holds(folder, "Zebediah's code"));
        try (ProjectStore store = ProjectStore.open(folder, OPEN)) {
            ProjectSummary after = store.summary();
            assertEquals(List.of(before.sources(), before.codes(), before.codings()), List.of(after.sources(), after.codes(), after.codings()));
            assertEquals("Person 1's code", store.project().getCodes().get(0).getName());
            TextSource text = (TextSource) store.project().getSources().get(0);
            assertTrue(store.text(text).startsWith("Person 1 waited."), store.text(text));
            List<AuditEntry> log = store.audit();
            assertEquals(entries, log.size());
            assertTrue(log.stream().noneMatch(e -> (e.summary() + e.elementsText()).contains("Zebediah")), log.toString());
            store.awaitStoreCheck();
        }
        for (String left : List.of(".compacting", ".compacted", ".withdrawn")) {
            assertFalse(Files.exists(folder.resolve(ProjectStore.STORE_DIR + left)), left);
        }
    }

    @Test
    void aRewriteCutOffBetweenItsMovesIsFinishedAtOpening(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "Cut off", OPEN)) {
            StoreFixtures.addCode(store, "Kept", AnalyticLevel.OPEN);
        }
        ProjectStore.reclaimSpace(folder, "reclaim test", null);
        // as if the process stopped after moving the old store aside, before moving the new one in
        Files.move(folder.resolve(ProjectStore.STORE_DIR), folder.resolve(ProjectStore.STORE_DIR + ".compacted"));
        try (ProjectStore store = ProjectStore.open(folder, OPEN)) {
            assertEquals("Kept", store.project().getCodes().get(0).getName());
        }
        assertEquals(-1, encryptedIsLeftAlone(tmp.resolve("e")));
    }

    private static long encryptedIsLeftAlone(Path folder) throws Exception {
        try (ProjectStore store = ProjectStore.create(folder, "Encrypted", OPEN.withPassphrase("secret words".toCharArray()))) {
            StoreFixtures.addCode(store, "Kept", AnalyticLevel.OPEN);
        }
        return ProjectStore.reclaimSpace(folder, "reclaim test", null);
    }

    @Test
    void purgingBackupsDeletesThemAll(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "Backups", OpenOptions.of("reclaim test"))) {
            StoreFixtures.addCode(store, "Kept", AnalyticLevel.OPEN);
        }
        Files.createDirectories(folder.resolve("backups"));
        Files.writeString(folder.resolve("backups/extra.zip"), "not really a zip");
        assertTrue(ProjectStore.purgeBackups(folder, "reclaim test") >= 1);
        try (Stream<Path> left = Files.list(folder.resolve("backups"))) {
            assertEquals(0, left.count());
        }
    }

    private static boolean holds(Path dir, String text) throws Exception {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                if (bytes.contains(new String(needle, StandardCharsets.ISO_8859_1))) {
                    return true;
                }
            }
        }
        return false;
    }
}

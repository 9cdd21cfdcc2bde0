package org.attune.importer.tests;

import static org.attune.importer.ImportOutcome.Status.IMPORTED;
import static org.attune.importer.ImportOutcome.Status.SKIPPED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.attune.importer.ImportOptions;
import org.attune.importer.ImportOutcome;
import org.attune.importer.ImportProgress;
import org.attune.importer.ImportReport;
import org.attune.importer.Importer;
import org.attune.model.Source;
import org.attune.model.StorageMode;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files read in one group commit whose copies could share a name in {@code sources/} (the same content under the same
 * name in two folders): the one dropped as a duplicate must not take the copy of the one imported with it.
 */
class CopiesInOneGroupTest {
    private static final OpenOptions OPEN = OpenOptions.of("copies test").withBackups(false);

    @Test
    void twinsInOneGroupKeepEveryImportedCopyAndLeaveNoOrphan(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String same = "Guider: We watched the clip where he smiled.\nCarer: He looked at me the whole time.\n";
        String other = "Guider: And at bath time?\nCarer: She splashed and laughed.\n";
        // the same content under the same name in two folders: one copy name for both
        Path notesA = write(in.resolve("a/notes.txt"), same);
        Path notesB = write(in.resolve("b/notes.txt"), same);
        // the same content under two names
        Path visit = write(in.resolve("c/visit.txt"), other);
        Path visitCopy = write(in.resolve("d/visit-copy.txt"), other);
        // the same name, two contents: both are imported
        Path diaryE = write(in.resolve("e/diary.txt"), "Carer: Monday was hard.\n");
        Path diaryF = write(in.resolve("f/diary.txt"), "Carer: Tuesday was better.\n");

        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Twins", OPEN)) {
            ImportProgress oneGroup = new ImportProgress() {
                @Override
                public void starting(Path file, int index) {
                    if (index == 0) { // every file is read ahead before the first is added: one group commit for all
                        try {
                            Thread.sleep(2000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }
            };
            ImportReport report = new Importer(store, ImportOptions.defaults()).importAll(List.of(in), oneGroup);
            List<ImportOutcome> outcomes = report.outcomes();
            assertEquals(List.of(notesA, notesB, visit, visitCopy, diaryE, diaryF),
                    outcomes.stream().map(ImportOutcome::file).toList(), outcomes.toString());
            assertEquals(List.of(IMPORTED, SKIPPED, IMPORTED, SKIPPED, IMPORTED, IMPORTED),
                    outcomes.stream().map(ImportOutcome::status).toList(), outcomes.toString());
            assertTrue(outcomes.get(1).detail().contains("same content as \"notes\""), outcomes.get(1).detail());
            assertTrue(outcomes.get(3).detail().contains("same content as \"visit\""), outcomes.get(3).detail());
            assertCopiesWhole(store, Set.of(notesA, visit, diaryE, diaryF));
        }
        try (ProjectStore store = ProjectStore.open(tmp.resolve("project"), OPEN)) { // the opening settles nothing away
            assertCopiesWhole(store, Set.of(notesA, visit, diaryE, diaryF));
        }
    }

    /**
     * A twin read ahead while the file it repeats was being committed in the group before: it is reported a
     * duplicate, and its own copy and record go, not the copy or the record of the file imported first.
     */
    @Test
    void aTwinReadAheadIntoTheNextGroupLeavesTheFirstCopyAndNoRecord(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String same = "Guider: We watched the clip where he smiled.\nCarer: He looked at me the whole time.\n";
        Path first = write(in.resolve("a/notes.txt"), same);
        Set<Path> imported = new TreeSet<>(Set.of(first));
        for (int i = 1; i < 16; i++) { // with the first, one full group (16 files)
            imported.add(write(in.resolve(String.format("b/visit-%02d.txt", i)), "Carer: visit " + i + " went well.\n"));
        }
        Path twin = write(in.resolve("c/notes.txt"), same); // the 17th: read ahead, added in the next group
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Twins", OPEN)) {
            ImportReport report = new Importer(store, ImportOptions.defaults()).importAll(List.of(in), new ImportProgress() {
                @Override
                public void starting(Path file, int index) {
                    if (index == 0) { // all 17 read before the first is added
                        try {
                            Thread.sleep(2000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }
            });
            assertEquals(16, report.count(IMPORTED), report.outcomes().toString());
            ImportOutcome last = report.outcomes().get(16);
            assertEquals(twin, last.file());
            assertEquals(SKIPPED, last.status(), last.toString());
            assertTrue(last.detail().contains("same content as \"notes\""), last.detail());
            assertCopiesWhole(store, imported);
        }
        try (ProjectStore store = ProjectStore.open(tmp.resolve("project"), OPEN)) {
            assertCopiesWhole(store, imported);
        }
    }

    /**
     * A small file is read once for its hash and its copy, a large one (over 8 MB) twice: either way the SHA-256 stored
     * is {@code sha256sum}'s of the original, and so is the copy's.
     */
    @Test
    void theStoredHashIsSha256sumOfTheOriginalReadOnceOrTwice(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path small = write(in.resolve("small.txt"), "Carer: Täglich ein bisschen besser, ça va.\n");
        StringBuilder large = new StringBuilder();
        for (int i = 0; large.length() < 9 << 20; i++) {
            large.append("Guider: line ").append(i).append(" of a long review, watched together.\n");
        }
        Path big = write(in.resolve("large.txt"), large.toString());
        assertTrue(Files.size(big) > 8 << 20);
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Hashes", OPEN)) {
            ImportReport report = new Importer(store, ImportOptions.defaults()).importAll(List.of(in), ImportProgress.NONE);
            assertEquals(2, report.count(IMPORTED), report.outcomes().toString());
            for (Source source : store.project().getSources()) {
                String expected = sha256sum(Path.of(source.getOriginalPath()));
                assertEquals(expected, source.getContentHash(), source.getOriginalPath());
                assertEquals(expected, sha256sum(store.folder().resolve(source.getStoredPath())), "the copy of " + source.getOriginalPath());
            }
            assertCopiesWhole(store, Set.of(small, big));
        }
    }

    /** {@code sha256sum}'s answer for {@code file}; Java's own SHA-256 where {@code sha256sum} cannot be run (Windows). */
    private static String sha256sum(Path file) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder("sha256sum", file.toString()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() == 0) {
                return out.substring(0, 64);
            }
        } catch (IOException e) {
            // not installed
        }
        return sha256(file);
    }

    /**
     * Each imported file is a source whose copy in {@code sources/} has its original's SHA-256; {@code sources/} holds
     * those copies and nothing else; no copy is in flight or recovered.
     */
    private static void assertCopiesWhole(ProjectStore store, Set<Path> imported) throws IOException {
        Path folder = store.folder();
        List<Source> sources = store.project().getSources();
        assertEquals(imported.stream().map(Path::toString).collect(Collectors.toCollection(TreeSet::new)),
                sources.stream().map(Source::getOriginalPath).collect(Collectors.toCollection(TreeSet::new)));
        Set<Path> referenced = new TreeSet<>();
        for (Source source : sources) {
            assertEquals(StorageMode.COPIED, source.getStorage(), source.getName());
            Path copy = folder.resolve(source.getStoredPath()).normalize();
            assertTrue(Files.isRegularFile(copy), "the copy of " + source.getOriginalPath() + " is gone: " + copy);
            String original = sha256(Path.of(source.getOriginalPath()));
            assertEquals(original, sha256(copy), "the copy of " + source.getOriginalPath());
            assertEquals(original, source.getContentHash(), source.getOriginalPath());
            assertTrue(referenced.add(copy), "two sources share the copy " + copy);
        }
        try (Stream<Path> files = Files.list(folder.resolve(Importer.SOURCES_DIR))) {
            assertEquals(referenced, files.collect(Collectors.toCollection(TreeSet::new)), "sources/ holds only the copies referred to");
        }
        assertEmptyOrAbsent(folder.resolve("in-flight"));
        assertFalse(Files.exists(folder.resolve("recovered")), "nothing is recovered");
    }

    private static void assertEmptyOrAbsent(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> left = Files.list(dir)) {
                assertEquals(List.of(), left.toList(), "no record is left in " + dir);
            }
        }
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.attune.store.tests;

import static org.attune.store.tests.StoreFixtures.addTranscript;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.attune.model.TextSource;
import org.attune.store.ContentHash;
import org.attune.store.CopyRecords;
import org.attune.store.OpenOptions;
import org.attune.store.PendingFile;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a process killed while exporting or importing leaves is settled at the next opening: temporary exports
 * removed, an import's unsaved copy removed while its original is there, kept aside and reported when it is not.
 * A kill is simulated by leaving a pending file unclosed and closing the store, as a killed process leaves both.
 */
class InFlightTest {
    private static final OpenOptions OPTIONS = OpenOptions.of("in-flight test").withBackups(false);

    @Test
    void aCutOffExportLeavesNothingOnceTheProjectIsOpenedAgain(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        Path exports = Files.createDirectories(tmp.resolve("exports"));
        Files.writeString(exports.resolve("older.qdpx"), "an earlier export, not Attune's to touch");
        try (ProjectStore store = ProjectStore.create(folder, "Exported", OPTIONS)) {
            PendingFile cut = store.writingExport(exports.resolve("study.qdpx"));
            Files.write(cut.partial(), new byte[5000]);
            try (PendingFile whole = store.writingExport(exports.resolve("whole.qdpx"))) {
                Files.writeString(whole.partial(), "done");
                whole.finish();
            }
            assertEquals(List.of(".study.qdpx", "older.qdpx", "whole.qdpx"), names(exports).stream()
                    .map(n -> n.startsWith(".study.qdpx.") && n.endsWith(".part") ? ".study.qdpx" : n).toList());
        }
        List<String> warnings = new ArrayList<>();
        ProjectStore.open(folder, OPTIONS.withWarnings(warnings::add)).close();
        assertEquals(List.of("older.qdpx", "whole.qdpx"), names(exports));
        assertEquals("done", Files.readString(exports.resolve("whole.qdpx")));
        assertEquals(List.of(), names(folder.resolve("in-flight")), "no record is left");
        assertEquals(List.of(), warnings, "a temporary export is nothing the user has to know about");
    }

    /** How a test records a copy: a record file of its own, or a line in an import's shared record file. */
    private interface Recording {
        PendingFile copyingIn(ProjectStore store, Path original, Path target) throws Exception;
    }

    @Test
    void anImportCutOffBeforeItsSaveLeavesNoCopyAndKeepsAsideOneThatMayBeTheOnlyOne(@TempDir Path tmp) throws Exception {
        cutOffImport(tmp, false, (store, original, target) -> store.copyingIn(original, ContentHash.sha256(original), target));
    }

    /**
     * The same with an import's records, one line per copy in one file (the importer's way), the process killed
     * while it wrote one more line: every whole line is settled as a record of its own would be.
     */
    @Test
    void anImportsSharedRecordFileIsSettledLineByLine(@TempDir Path tmp) throws Exception {
        CopyRecords[] records = new CopyRecords[1];
        cutOffImport(tmp, true, (store, original, target) -> {
            if (records[0] == null) {
                records[0] = store.copyRecords();
            }
            return records[0].copyingIn(original, ContentHash.sha256(original), target);
        });
    }

    @Test
    void anImportsRecordFileGoesOnceTheImportIsOverAndEachCopySettled(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        Path original = Files.writeString(tmp.resolve("a.txt"), "a transcript");
        try (ProjectStore store = ProjectStore.create(folder, "Records", OPTIONS)) {
            Path sources = Files.createDirectories(folder.resolve(ProjectStore.SOURCES_DIR));
            CopyRecords records = store.copyRecords();
            PendingFile first = records.copyingIn(original, ContentHash.sha256(original), sources.resolve("a1.txt"));
            PendingFile second = records.copyingIn(original, ContentHash.sha256(original), sources.resolve("a2.txt"));
            assertEquals(1, names(folder.resolve("in-flight")).size(), "one file for both copies");
            first.close();
            records.close();
            assertEquals(1, names(folder.resolve("in-flight")).size(), "kept while a copy is pending");
            second.close();
            assertEquals(List.of(), names(folder.resolve("in-flight")), "gone once the import is over and its copies settled");
            PendingFile late = records.copyingIn(original, ContentHash.sha256(original), sources.resolve("a3.txt"));
            assertEquals(1, names(folder.resolve("in-flight")).size(), "a copy begun late is recorded all the same");
            late.close();
            assertEquals(List.of(), names(folder.resolve("in-flight")));
        }
    }

    /** {@code cutLine}: the kill also cut a line being added to the shared record file. */
    private void cutOffImport(Path tmp, boolean cutLine, Recording recording) throws Exception {
        Path folder = tmp.resolve("p");
        Path inputs = Files.createDirectories(tmp.resolve("inputs"));
        Random random = new Random(23);
        List<Path> originals = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            byte[] bytes = new byte[1000 + random.nextInt(5000)];
            random.nextBytes(bytes);
            originals.add(Files.write(inputs.resolve("interview-" + i + ".txt"), bytes));
        }
        Path sources = folder.resolve("sources");
        try (ProjectStore store = ProjectStore.create(folder, "Imported", OPTIONS)) {
            Files.createDirectories(sources);
            for (int i = 0; i < originals.size(); i++) {
                Path original = originals.get(i);
                PendingFile copy = recording.copyingIn(store, original, sources.resolve("c-" + original.getFileName()));
                if (i % 3 == 0) { // cut while copying
                    Files.write(copy.partial(), Files.readAllBytes(original), java.nio.file.StandardOpenOption.CREATE_NEW);
                    continue;
                }
                Files.copy(original, copy.partial());
                copy.finish();
                if (i % 3 == 1) { // saved: the source refers to the copy, and its record was closed or cut before closing
                    TextSource source = addTranscript(store, "Interview " + i, "text " + i);
                    store.apply("refer", () -> source.setStoredPath("sources/" + copy.target().getFileName()));
                    if (i == 1) {
                        copy.close();
                    }
                }
            }
        }
        try (Stream<Path> records = Files.list(folder.resolve("in-flight"))) {
            for (Path record : cutLine ? records.toList() : List.<Path>of()) { // killed while a line was written
                Files.writeString(record, "{\"kind\":\"copy\",\"partial\":\"/tm", java.nio.file.StandardOpenOption.APPEND);
            }
        }
        Files.delete(originals.get(3)); // cut while copying, its original gone since: the partial copy is all that is left
        Files.write(originals.get(5), new byte[] {1, 2, 3}); // copied, not saved, its original changed since

        List<String> warnings = new ArrayList<>();
        ProjectStore.open(folder, OPTIONS.withWarnings(warnings::add)).close();

        assertEquals(List.of("c-interview-1.txt", "c-interview-4.txt"), names(sources), "only what sources refer to is in sources/");
        assertEquals(List.of("c-interview-3.txt." + "part", "c-interview-5.txt"), names(folder.resolve("recovered")).stream()
                .map(n -> n.replaceAll("\\.[0-9a-f-]{36}\\.part$", ".part")).toList());
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains(originals.get(5).toString()) && w.contains("recovered/c-interview-5.txt")),
                warnings.toString());
        assertFalse(Files.exists(folder.resolve("in-flight")) && !names(folder.resolve("in-flight")).isEmpty(), "no record is left");

        ProjectStore.open(folder, OPTIONS.withWarnings(warnings::add)).close();
        assertEquals(2, warnings.size(), "told once");
    }

    @Test
    void aRecordCutWhileItWasWrittenIsDropped(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        ProjectStore.create(folder, "Cut", OPTIONS).close();
        Path records = Files.createDirectories(folder.resolve("in-flight"));
        Files.writeString(records.resolve("0d9e.json"), "{\"kind\":\"copy\",\"partial\":\"/tm");
        Files.writeString(folder.resolve("keep.txt"), "a user's file");
        ProjectStore.open(folder, OPTIONS).close();
        assertEquals(List.of(), names(records));
        assertTrue(Files.exists(folder.resolve("keep.txt")));
    }

    @Test
    void aCopyWhoseRecordAPowerCutLostIsKeptAsideByItsTemporaryName(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        Path original = Files.writeString(tmp.resolve("diary.txt"), "an audio diary's transcript");
        Path sources = folder.resolve(ProjectStore.SOURCES_DIR);
        try (ProjectStore store = ProjectStore.create(folder, "Power cut", OPTIONS)) {
            Files.createDirectories(sources);
            PendingFile copy = store.copyingIn(original, ContentHash.sha256(original), sources.resolve("c-diary.txt"));
            Files.copy(original, copy.partial());
        }
        // an import's record is not forced to disk, so a power cut may take it while the copy's bytes stayed
        try (Stream<Path> records = Files.list(folder.resolve("in-flight"))) {
            for (Path record : records.toList()) {
                Files.delete(record);
            }
        }
        Files.writeString(sources.resolve(".notes.txt"), "a hidden file that is not a temporary copy");
        List<String> warnings = new ArrayList<>();
        ProjectStore.open(folder, OPTIONS.withWarnings(warnings::add)).close();
        assertEquals(List.of(".notes.txt"), names(sources), "only the temporary copy is taken out of sources/");
        List<String> kept = names(folder.resolve("recovered"));
        assertEquals(1, kept.size(), kept.toString());
        assertEquals("an audio diary's transcript", Files.readString(folder.resolve("recovered").resolve(kept.get(0))));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("recovered/" + kept.get(0)) && warnings.get(0).contains("may be incomplete"), warnings.get(0));
    }

    @Test
    void smallFilesCutOffUnderTheirTemporaryNamesAreRemovedAtTheNextOpening(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        ProjectStore.create(folder, "Cut", OPTIONS).close();
        String descriptor = Files.readString(folder.resolve("attune-project.json"));
        for (String name : List.of("attune-counts.json", "attune-project.json", "attune-project.json.bak")) {
            Files.writeString(folder.resolve(name + ".tmp"), "{\"cut"); // a kill while the new content was written
        }
        ProjectStore.open(folder, OPTIONS).close();
        assertEquals(List.of(), names(folder).stream().filter(n -> n.endsWith(".tmp")).toList());
        assertEquals(descriptor, Files.readString(folder.resolve("attune-project.json")), "the file itself is untouched");
    }

    private static List<String> names(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

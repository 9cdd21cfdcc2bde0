package org.attune.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.attune.importer.ImportOptions;
import org.attune.importer.ImportProgress;
import org.attune.importer.Importer;
import org.attune.index.ProjectIndex;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever bytes of the search index are changed, a search either finds what the store holds (the index checked and,
 * when damaged, rebuilt from the store) or fails with words: never Lucene's CorruptIndexException.
 */
class IndexDamageTest {
    private static final OpenOptions OPEN = OpenOptions.of("index damage test").withBackups(false);
    private static final String QUERY = "\"shared review\"";

    private static Path project(Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            files.add(Files.writeString(in.resolve("interview-" + i + ".txt"), """
                    Interviewer: How did the shared review go?
                    Guider: The parent was attuned to her child during the shared review.
                    Interviewer: And afterwards?
                    Guider: We were guiding the family through the clips number %d.
                    """.formatted(i)));
        }
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Damage", OPEN)) {
            new Importer(store, ImportOptions.defaults()).importAll(files, ImportProgress.NONE);
            try (ProjectIndex index = ProjectIndex.open(store)) {
                assertEquals(6, index.searcher().search(QUERY, 50).size());
            }
        }
        return tmp.resolve("project");
    }

    private static List<Path> indexFiles(Path folder) throws Exception {
        return indexFiles(folder, ProjectIndex.DIR);
    }

    private static List<Path> indexFiles(Path folder, String dir) throws Exception {
        try (Stream<Path> files = Files.list(folder.resolve(dir))) {
            return files.filter(f -> !f.getFileName().toString().equals("write.lock")).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private static void deleteTree(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(folder);
    }

    @Test
    void aChangedByteAnywhereInTheIndexIsFoundWhenItOpensAndTheIndexRebuilt(@TempDir Path tmp) throws Exception {
        Path folder = project(tmp);
        Path made = tmp.resolve("index-as-made");
        copyTree(folder.resolve(ProjectIndex.DIR), made);
        Random random = new Random(23);
        int cases = 0;
        List<String> failures = new ArrayList<>();
        for (Path madeFile : indexFiles(tmp, "index-as-made")) {
            byte[] original = Files.readAllBytes(madeFile);
            for (int i = 0; i < 6; i++) {
                int at = i == 0 ? 0 : i == 1 ? original.length - 1 : random.nextInt(original.length);
                byte[] damaged = original.clone();
                damaged[at] ^= (byte) (1 + random.nextInt(255));
                deleteTree(folder.resolve(ProjectIndex.DIR));
                copyTree(made, folder.resolve(ProjectIndex.DIR));
                Files.write(folder.resolve(ProjectIndex.DIR).resolve(madeFile.getFileName()), damaged);
                String name = madeFile.getFileName() + " at " + at + " of " + original.length;
                try (ProjectStore store = ProjectStore.open(folder, OPEN); ProjectIndex index = ProjectIndex.open(store)) {
                    int hits = index.searcher().search(QUERY, 50).size();
                    if (hits != 6) {
                        failures.add(name + ": " + hits + " hits");
                    }
                } catch (Exception e) {
                    failures.add(name + ": " + e);
                }
                cases++;
            }
        }
        assertTrue(cases >= 12, "changed bytes in " + cases + " places");
        assertEquals(List.of(), failures);
    }

    @Test
    void anIndexDamagedWhileOpenIsRebuiltBySearchAndTheUserTold(@TempDir Path tmp) throws Exception {
        Path folder = project(tmp);
        try (ProjectStore store = ProjectStore.open(folder, OPEN); ProjectIndex index = ProjectIndex.open(store)) {
            for (Path file : indexFiles(folder)) {
                if (file.getFileName().toString().endsWith(".cfs")) {
                    Files.write(file, new byte[(int) Files.size(file)]); // zeroed while the index has it open
                }
            }
            assertEquals(6, index.searcher().search(QUERY, 50).size(), "found after the index was rebuilt from the store");
            assertEquals(folder.resolve(ProjectIndex.DIR) + ": " + ProjectIndex.REBUILT_AFTER_DAMAGE, index.takeNotice());
            assertEquals(null, index.takeNotice(), "told once");
            Path more = Files.writeString(tmp.resolve("more.txt"), "Carer: The shared review helped.\n");
            new Importer(store, ImportOptions.defaults()).importAll(List.of(more), ImportProgress.NONE);
            assertEquals(7, index.searcher().search(QUERY, 50).size(), "the rebuilt index follows the project");
            assertEquals(null, index.takeNotice(), "the rebuilt index follows the project");
        }
    }

    @Test
    void anIndexFolderThatCannotBeWrittenLeavesSearchWorkingInMemoryAndSaysWhy(@TempDir Path tmp) throws Exception {
        Path folder = project(tmp);
        deleteTree(folder.resolve(ProjectIndex.DIR));
        Files.writeString(folder.resolve(ProjectIndex.DIR), "a file where the index folder should be (as unwritable as a full disk)");
        try (ProjectStore store = ProjectStore.open(folder, OPEN); ProjectIndex index = ProjectIndex.open(store)) {
            assertEquals(6, index.searcher().search(QUERY, 50).size());
            String notice = index.takeNotice();
            assertTrue(notice != null && notice.startsWith(folder.resolve(ProjectIndex.DIR) + ": the search index cannot be written (")
                    && notice.endsWith("this session searches an index built in memory"), notice);
        }
        assertTrue(Files.isRegularFile(folder.resolve(ProjectIndex.DIR)), "nothing was written there");
    }
}

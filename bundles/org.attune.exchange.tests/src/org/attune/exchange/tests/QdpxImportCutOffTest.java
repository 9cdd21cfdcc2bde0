package org.attune.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.attune.exchange.ExchangeException;
import org.attune.exchange.ProjectExport;
import org.attune.exchange.QdaImport;
import org.attune.exchange.ZipLimits;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@code import-qdpx} cut off after it unpacked the archive's media into {@code sources/} and before the action that
 * refers to them was saved. The project folder is copied at that moment, as a process killed there would leave it
 * (the store, the copies, the in-flight records), and the import then made to fail. Opening the copy must settle the
 * unpacked media: removed while the archive is still there as it was, kept aside in {@code recovered/} and reported
 * when it is not; never a file in {@code sources/} that no source refers to, nothing left in {@code in-flight/}.
 */
class QdpxImportCutOffTest {
    /** The rich fixture project's media: a recording, a video and a picture. */
    private static final int MEDIA = 3;

    @Test
    void unpackedMediaOfACutOffImportAreRemovedWhileTheArchiveIsThere(@TempDir Path tmp) throws Exception {
        Path qdpx = archive(tmp);
        Path cut = cutOff(tmp, qdpx, "project");
        List<String> warnings = new ArrayList<>();
        try (ProjectStore store = ProjectStore.open(cut, OpenOptions.of("reopen").withBackups(false).withWarnings(warnings::add))) {
            assertTrue(store.project().getSources().isEmpty(), "nothing of the cut-off import is in the project");
        }
        assertEquals(Set.of(), names(cut.resolve(ProjectStore.SOURCES_DIR)), "no copy in sources/ that no source refers to");
        assertEquals(Set.of(), names(cut.resolve("in-flight")), "every in-flight record settled");
        assertFalse(Files.exists(cut.resolve("recovered")), "nothing kept aside: the archive is still there as it was");
        assertEquals(List.of(), warnings);
    }

    @Test
    void unpackedMediaOfACutOffImportAreKeptAsideWhenTheArchiveChanged(@TempDir Path tmp) throws Exception {
        Path qdpx = archive(tmp);
        Path cut = cutOff(tmp, qdpx, "project");
        Files.move(qdpx, tmp.resolve("moved.qdpx"));
        List<String> warnings = new ArrayList<>();
        try (ProjectStore store = ProjectStore.open(cut, OpenOptions.of("reopen").withBackups(false).withWarnings(warnings::add))) {
            assertTrue(store.project().getSources().isEmpty(), "nothing of the cut-off import is in the project");
        }
        assertEquals(Set.of(), names(cut.resolve(ProjectStore.SOURCES_DIR)), "no copy in sources/ that no source refers to");
        assertEquals(Set.of(), names(cut.resolve("in-flight")), "every in-flight record settled");
        Set<String> kept = names(cut.resolve("recovered"));
        assertEquals(MEDIA, kept.size(), "each unpacked medium kept aside: " + kept);
        assertEquals(MEDIA, media(tmp.resolve("moved.qdpx")).size(), "the archive holds the fixture's media");
        for (String medium : media(tmp.resolve("moved.qdpx"))) {
            Path copy = cut.resolve("recovered").resolve(kept.stream().filter(k -> k.endsWith(medium)).findFirst().orElseThrow());
            assertArrayEquals(Fixtures.entry(tmp.resolve("moved.qdpx"), ProjectExport.SOURCES + medium), Files.readAllBytes(copy),
                    medium + " kept whole");
        }
        assertEquals(MEDIA, warnings.size(), "each kept copy reported: " + warnings);
        for (String warning : warnings) {
            assertTrue(warning.startsWith(cut + ": an import of " + qdpx + " was cut off before it was saved") && warning.contains("recovered/"),
                    warning);
        }
    }

    /** A .qdpx of the rich fixture project, which holds three media files. */
    private static Path archive(Path tmp) throws Exception {
        Path qdpx = tmp.resolve("study.qdpx");
        try (ProjectStore source = Fixtures.richProject(tmp.resolve("source"))) {
            ProjectExport.write(source, qdpx, null);
        }
        return qdpx;
    }

    /**
     * Imports {@code qdpx} into a new project, cut off just before the action is saved, and puts back the project's folder
     * as it was at that moment (the in-flight records name the files by their place): what a kill there leaves.
     */
    private static Path cutOff(Path tmp, Path qdpx, String name) throws Exception {
        Path folder = tmp.resolve(name);
        Path snapshot = tmp.resolve(name + "-as-killed");
        try (ProjectStore store = ProjectStore.create(folder, "target", OpenOptions.of("test").withBackups(false))) {
            QdaImport cutOff = new QdaImport(store, ZipLimits.DEFAULT, action -> {
                copyTree(store.folder(), snapshot);
                throw new IllegalStateException("cut off here");
            });
            assertThrows(ExchangeException.class, () -> cutOff.importFile(qdpx, null));
        }
        assertEquals(MEDIA, names(snapshot.resolve(ProjectStore.SOURCES_DIR)).size(), "the media were unpacked before the cut");
        assertEquals(MEDIA, names(snapshot.resolve("in-flight")).size(), "each unpacked medium recorded as in flight at the cut");
        deleteTree(folder);
        Files.move(snapshot, folder);
        return folder;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the media files in the archive's sources/ folder. */
    private static List<String> media(Path qdpx) throws IOException {
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            return zip.stream().map(ZipEntry::getName).filter(n -> n.startsWith(ProjectExport.SOURCES) && !n.endsWith(".txt"))
                    .map(n -> n.substring(ProjectExport.SOURCES.length())).toList();
        }
    }

    private static Set<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}

package org.attune.store.tests;

import static org.attune.store.tests.StoreFixtures.addCode;
import static org.attune.store.tests.StoreFixtures.addCoding;
import static org.attune.store.tests.StoreFixtures.addTranscript;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.attune.model.AnalyticLevel;
import org.attune.model.Code;
import org.attune.model.TextSource;
import org.attune.store.BackupInfo;
import org.attune.store.BackupSurvey;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectCounts;
import org.attune.store.ProjectStore;
import org.attune.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

/** Backups that are whole when offered, restores that check first, and losses that are told. */
class BackupSafetyTest {
    private static final String HOLDER = "backup test";
    private static final OpenOptions OPTIONS = OpenOptions.of(HOLDER).withBackups(false);
    static final String TEXT = "Guider: we watched the clip of the child smiling. Carer: I saw him look at me.";

    @Test
    void aBackupIsCheckedAndSaysWhatItHolds(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "Backed up", OPTIONS)) {
            TextSource first = addTranscript(store, "Carer 01", TEXT);
            addTranscript(store, "Carer 02", TEXT);
            addCoding(store, first, addCode(store, "Attunement", AnalyticLevel.OPEN), 0, 6);
        }
        BackupInfo backup = backUp(folder);
        assertTrue(backup.name().matches("store-\\d{8}-\\d{6}-\\d{3}\\.zip"), backup.name());
        assertEquals(Files.size(backup.file()), backup.bytes());
        assertNotNull(backup.counts());
        assertEquals(List.of(2L, 1L, 1L), List.of(backup.counts().sources(), backup.counts().codes(), backup.counts().codings()));
        List<String> entries = entries(backup.file());
        assertTrue(entries.contains("attune-project.json") && entries.contains("attune-backup.json"), entries.toString());
        assertTrue(entries.stream().filter(e -> !e.startsWith("attune-")).allMatch(e -> e.startsWith("store/") && !e.endsWith(".partial")),
                entries.toString());
        assertEquals(List.of(backup.name()), names(folder.resolve("backups")), "nothing else is left in backups/");
    }

    @Test
    void partOfABackupIsNeverOfferedAndALeftoverIsRemoved(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        BackupInfo good = backedUpTranscript(folder);
        byte[] bytes = Files.readAllBytes(good.file());
        Path backups = folder.resolve("backups");
        Files.write(backups.resolve("store-20991231-000000-000.zip.partial"), Arrays.copyOf(bytes, bytes.length / 2));
        Files.write(backups.resolve("store-20300101-000000-000.zip"), Arrays.copyOf(bytes, bytes.length / 2));
        withoutOneStoreFile(good.file(), backups.resolve("store-20300101-000000-001.zip"));

        BackupSurvey survey = ProjectStore.backupSurvey(folder);
        assertEquals(List.of(good.name()), survey.usable().stream().map(BackupInfo::name).toList());
        assertEquals(List.of("store-20300101-000000-000.zip", "store-20300101-000000-001.zip"),
                survey.damaged().stream().map(BackupSurvey.Damaged::name).toList());
        assertTrue(survey.damaged().get(1).reason().contains("is missing"), survey.damaged().get(1).reason());

        ProjectStore.open(folder, OPTIONS).close();
        assertFalse(Files.exists(backups.resolve("store-20991231-000000-000.zip.partial")), "a killed backup's leftover is removed");
    }

    @Test
    void aBackupWithAChangedByteInsideIsListedDamagedNotOffered(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        BackupInfo good = backedUpTranscript(folder);
        assertEquals(List.of(good.name()), ProjectStore.backups(folder).stream().map(BackupInfo::name).toList());
        Path changed = folder.resolve("backups/store-20300101-000000-000.zip");
        byte[] bytes = Files.readAllBytes(good.file());
        bytes[insideLargestStoreEntry(good.file(), bytes)] ^= 0x10; // the zip's directory and manifest stay as they were
        Files.write(changed, bytes);

        BackupSurvey survey = ProjectStore.backupSurvey(folder);
        assertEquals(List.of(good.name()), survey.usable().stream().map(BackupInfo::name).toList());
        assertEquals(List.of(changed.getFileName().toString()), survey.damaged().stream().map(BackupSurvey.Damaged::name).toList());
        assertTrue(survey.damaged().get(0).reason().contains("store/"), survey.damaged().get(0).reason());
        assertEquals(List.of(good.name()), ProjectStore.backups(folder).stream().map(BackupInfo::name).toList());
        Files.write(changed, Files.readAllBytes(good.file()));
        Files.setLastModifiedTime(changed, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertEquals(2, ProjectStore.backupSurvey(folder).usable().size(), "a zip changed since it was read is read again");
    }

    /** The offset of a byte in the middle of the stored data of the backup's largest store file. */
    private static int insideLargestStoreEntry(Path zip, byte[] bytes) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry largest = Collections.list(file.entries()).stream().filter(e -> e.getName().startsWith("store/"))
                    .max(java.util.Comparator.comparingLong(ZipEntry::getCompressedSize)).orElseThrow();
            byte[] name = largest.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (int i = 30; i + name.length <= bytes.length; i++) { // the local header, 30 bytes before its name
                if (Arrays.equals(bytes, i, i + name.length, name, 0, name.length) && bytes[i - 30] == 'P' && bytes[i - 29] == 'K') {
                    int extra = (bytes[i - 2] & 0xff) | (bytes[i - 1] & 0xff) << 8;
                    return (int) (i + name.length + extra + largest.getCompressedSize() / 2);
                }
            }
        }
        throw new IOException("no local header for the largest store entry of " + zip);
    }

    /** A project with the code "Before the backup" when it was backed up, and "After the backup" added since. */
    private static BackupInfo backedUpThenChanged(Path folder, String name) throws Exception {
        try (ProjectStore store = ProjectStore.create(folder, name, OPTIONS)) {
            addCode(store, "Before the backup", AnalyticLevel.OPEN);
        }
        BackupInfo backup = backUp(folder);
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            addCode(store, "After the backup", AnalyticLevel.OPEN);
        }
        return backup;
    }

    @Test
    void restoreChecksTheBackupFirstAndBringsBackItsDescriptor(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        BackupInfo good = backedUpThenChanged(folder, "Restored");
        byte[] bytes = Files.readAllBytes(good.file());
        Path cut = Files.write(folder.resolve("backups/store-20300101-000000-000.zip"), Arrays.copyOf(bytes, bytes.length - 30));
        Path missing = withoutOneStoreFile(good.file(), folder.resolve("backups/store-20300101-000000-001.zip"));
        Map<String, String> before = contents(folder.resolve("store"));
        for (Path damaged : List.of(cut, missing)) {
            StoreException e = assertThrows(StoreException.class, () -> ProjectStore.restore(folder, damaged.getFileName().toString(), HOLDER));
            assertTrue(e.getMessage().startsWith(folder + ": the backup " + damaged.getFileName() + " is damaged (")
                    && e.getMessage().contains("nothing was changed"), e.getMessage());
            assertEquals(before, contents(folder.resolve("store")), "the store is untouched");
            assertEquals(List.of("attune-counts.json", "attune-project.json", "attune-project.json.bak", "backups", "project.lock",
                    "store"), names(folder), "nothing is left beside it");
        }
        Files.writeString(folder.resolve("attune-project.json"), "{");
        Files.delete(folder.resolve("attune-project.json.bak"));
        ProjectStore.restore(folder, good.name(), HOLDER);
        assertTrue(Files.readString(folder.resolve("attune-project.json")).contains("\"format\": \"attune-project\""));
        List<String> warnings = new ArrayList<>();
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS.withWarnings(warnings::add))) {
            assertEquals(List.of("Before the backup"), store.project().getCodes().stream().map(Code::getName).toList());
        }
        assertEquals(List.of(), warnings, "a restore that went back on purpose is no loss to report");
        assertFalse(Files.exists(folder.resolve("store.restoring")));
    }

    @Test
    void theStoreARestoreReplacedBecomesABackupOnceTheRestoredStoreOpenedSound(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        BackupInfo good = backedUpThenChanged(folder, "Replaced");
        Path replaced = ProjectStore.restore(folder, good.name(), HOLDER);
        assertTrue(Files.isDirectory(replaced));
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            assertTrue(Files.isDirectory(replaced), "kept while nothing has checked the restored store in a backup's time");
        }
        ProjectStore.open(folder, OpenOptions.of("backup test")).close(); // opened for writing, checked: the old store is kept
        assertFalse(Files.exists(replaced), "the replaced store's folder is gone");
        List<BackupInfo> kept = ProjectStore.backups(folder).stream().filter(b -> b.name().startsWith("replaced-")).toList();
        assertEquals(1, kept.size(), ProjectStore.backups(folder).toString());
        assertTrue(kept.get(0).name().matches("replaced-\\d{8}-\\d{6}-\\d{3}\\.zip"), kept.get(0).name());
        assertTrue(kept.get(0).made().isAfter(good.made()), "dated by its last write, after the backup it was replaced by");

        ProjectStore.restore(folder, kept.get(0).name(), HOLDER); // and it holds what the replaced store held
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            assertEquals(List.of("Before the backup", "After the backup"), store.project().getCodes().stream().map(Code::getName).toList());
        }
    }

    @Test
    void aRestoreKilledHalfWayIsFinishedOrCleanedUpAtTheNextOpening(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "Interrupted", OPTIONS)) {
            addCode(store, "Restored", AnalyticLevel.OPEN);
        }
        copyTree(folder.resolve("store"), folder.resolve("store.restoring")); // extracted whole,
        Files.move(folder.resolve("store"), folder.resolve("store.replaced-1")); // the old store moved aside, then killed
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            assertEquals(List.of("Restored"), store.project().getCodes().stream().map(Code::getName).toList());
        }
        assertFalse(Files.exists(folder.resolve("store.restoring")));

        Files.createDirectories(folder.resolve("store.restoring"));
        Files.writeString(folder.resolve("store.restoring/00000000000.xd"), "killed while extracting");
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            assertEquals(List.of("Restored"), store.project().getCodes().stream().map(Code::getName).toList());
        }
        assertFalse(Files.exists(folder.resolve("store.restoring")));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
        }
    }

    @Test
    void aStoreThatLostItsNewestPartIsToldWithTheBackupToGoBackTo(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "Damaged", OPTIONS)) {
            for (int i = 1; i <= 10; i++) {
                addTranscript(store, "Carer " + i, TEXT + " " + i);
            }
        }
        BackupInfo backup = backUp(folder);
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            for (int i = 11; i <= 30; i++) {
                addTranscript(store, "Carer " + i, TEXT + " " + i);
            }
            Code gone = addCode(store, "Deleted again", AnalyticLevel.OPEN);
            store.apply("delete", () -> store.project().getCodes().remove(gone));
        }
        List<String> quiet = new ArrayList<>();
        ProjectStore.open(folder, OPTIONS.withWarnings(quiet::add)).close();
        assertEquals(List.of(), quiet, "fewer codes after a delete is no loss");

        Path last;
        try (Stream<Path> files = Files.list(folder.resolve("store"))) {
            last = files.filter(f -> f.getFileName().toString().endsWith(".xd")).sorted().reduce((a, b) -> b).orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(last);
        Files.write(last, Arrays.copyOf(bytes, bytes.length * 3 / 4));
        List<String> warnings = new ArrayList<>();
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS.withWarnings(warnings::add))) {
            long sources = store.project().getSources().size();
            assertTrue(sources < 30, "control: the cut lost sources (" + sources + ")");
            assertEquals(1, warnings.size(), warnings.toString());
            String warning = warnings.get(0);
            assertTrue(warning.startsWith(folder + ": the project holds less than when it was last saved (" + sources
                    + " of 30 sources"), warning);
            assertTrue(warning.contains("The newest backup, " + backup.name() + " (made ")
                    && warning.contains("it holds 10 sources, 0 cases, 0 codes")
                    && warning.endsWith("File > Restore from Backup... in the workbench, or attune cli project restore \""
                            + folder + "\" " + backup.name()), warning);
        }
    }

    @Test
    void theCountsKeptAfterEachActionAreTheStoresOwn(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "Counted", OPTIONS)) {
            TextSource source = addTranscript(store, "Carer 01", TEXT);
            Code parent = addCode(store, "Parent", AnalyticLevel.OPEN);
            store.apply("children", () -> {
                for (int i = 0; i < 3; i++) {
                    Code child = StoreFixtures.F.createCode();
                    child.setName("Child " + i);
                    parent.getChildren().add(child);
                }
            });
            addCoding(store, source, parent.getChildren().get(0), 0, 6);
            addCoding(store, source, parent, 7, 12);
            assertKept(store, folder);
            store.apply("delete the parent with its children", () -> store.project().getCodes().remove(parent));
            assertKept(store, folder);
            store.undo();
            assertKept(store, folder);
            store.redo();
            store.apply("delete the source with its codings", () -> store.project().getSources().clear());
            assertKept(store, folder);
            store.undo();
            assertKept(store, folder);
        }
    }

    private static void assertKept(ProjectStore store, Path folder) throws IOException {
        var s = store.summary();
        assertEquals(new ProjectCounts(s.sources(), s.cases(), s.codes(), s.codings(), s.memos(), s.ratingScales(), s.ratingSheets()),
                new Gson().fromJson(Files.readString(folder.resolve("attune-counts.json")), ProjectCounts.class));
    }

    /** Opens the project with backups on and waits for the one made in the background. */
    /** A project of one transcript, and its backup. */
    private static BackupInfo backedUpTranscript(Path folder) throws StoreException {
        try (ProjectStore store = ProjectStore.create(folder, "Backed up", OPTIONS)) {
            addTranscript(store, "Carer 01", TEXT);
        }
        return backUp(folder);
    }

    static BackupInfo backUp(Path folder) throws StoreException {
        int before = ProjectStore.backups(folder).size();
        try (ProjectStore store = ProjectStore.open(folder, OpenOptions.of("backup test"))) {
            store.close(); // waits for the background backup
            List<BackupInfo> backups = store.backups();
            assertEquals(before + 1, backups.size(), "a backup was made");
            return backups.get(0);
        }
    }

    /** A whole zip that lacks one of the store's files the manifest lists (as an entry cut off would). */
    private static Path withoutOneStoreFile(Path from, Path to) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            boolean skipped = false;
            for (ZipEntry entry : Collections.list(in.entries())) {
                if (!skipped && entry.getName().startsWith("store/") && entry.getName().endsWith(".xd")) {
                    skipped = true;
                    continue;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return to;
    }

    private static List<String> entries(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return Collections.list(file.entries()).stream().map(ZipEntry::getName).toList();
        }
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** Every file under {@code root} with a digest of its bytes. */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                found.put(root.relativize(file).toString(), Integer.toHexString(Arrays.hashCode(Files.readAllBytes(file))));
            }
        }
        return found;
    }
}

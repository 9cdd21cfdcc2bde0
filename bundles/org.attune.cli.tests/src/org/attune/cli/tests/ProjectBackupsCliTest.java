package org.attune.cli.tests;

import static org.attune.cli.tests.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.attune.cli.Cli;
import org.attune.coding.Codebook;
import org.attune.model.AnalyticLevel;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/** {@code project backups}, {@code project restore} and the warnings of opening a project, as a script sees them. */
class ProjectBackupsCliTest {

    @Test
    void backupsAreListedWithWhatTheyHoldAndDamagedOnesApart(@TempDir Path tmp) throws Exception {
        Path folder = projectWithABackup(tmp);
        String good = onlyBackup(folder);
        Path cut = cutCopy(folder, good);

        CliTest.Run json = CliTest.ok("project", "backups", folder.toString(), "--json");
        assertEquals(1, json.json().getAsJsonArray("backups").size(), json.out());
        JsonObject listed = json.json().getAsJsonArray("backups").get(0).getAsJsonObject();
        assertEquals(good, listed.get("name").getAsString());
        assertEquals(Files.size(folder.resolve("backups").resolve(good)), listed.get("bytes").getAsLong());
        assertEquals(1, listed.getAsJsonObject("counts").get("codes").getAsInt());
        assertEquals(cut.getFileName().toString(), json.json().getAsJsonArray("damaged").get(0).getAsJsonObject().get("name").getAsString());

        CliTest.Run text = cli("project", "backups", folder.toString());
        assertTrue(text.out().startsWith(good) && text.out().contains("0 sources, 0 cases, 1 codes, 0 codings, 0 memos"), text.out());
        assertTrue(text.out().contains("Damaged, not offered: " + cut.getFileName() + " ("), text.out());
    }

    @Test
    void restoreRefusesADamagedBackupAndRestoresAWholeOne(@TempDir Path tmp) throws Exception {
        Path folder = projectWithABackup(tmp);
        String good = onlyBackup(folder);
        Path cut = cutCopy(folder, good);

        CliTest.Run refused = cli("project", "restore", folder.toString(), cut.getFileName().toString());
        assertEquals(Cli.FAILED, refused.exitCode());
        assertTrue(refused.err().contains(folder + ": the backup " + cut.getFileName() + " is damaged (")
                && refused.err().contains("nothing was changed"), refused.err());
        assertFalse(refused.err().contains("\tat "), "no stack trace: " + refused.err());
        assertFalse(Files.exists(folder.resolve("store.restoring")));
        assertEquals(2, ProjectStore.summary(folder, OpenOptions.of("test").withBackups(false)).codes(), "untouched");

        CliTest.Run restored = CliTest.ok("project", "restore", folder.toString(), good, "--json");
        assertEquals(1, ProjectStore.summary(folder, OpenOptions.of("test").withBackups(false)).codes());
    }

    @Test
    void aRepairedDescriptorIsAWarningOnStderrAndInTheJson(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        CliTest.ok("project", "create", folder.toString());
        Files.writeString(folder.resolve("attune-project.json"), "xx"); // Gson's message for this has a second line
        CliTest.Run info = CliTest.ok("project", "info", folder.toString(), "--json");
        assertTrue(info.err().startsWith("attune: warning: " + folder + ": attune-project.json was damaged ("), info.err());
        String warning = info.json().getAsJsonArray("warnings").get(0).getAsString();
        assertTrue(warning.endsWith("repaired from attune-project.json.bak") && !warning.contains("\n"), warning);
        CliTest.Run again = cli("project", "info", folder.toString(), "--json");
        assertEquals("", again.err());
        assertFalse(again.json().has("warnings"), again.out());
    }

    /** A project with one code in its one backup and a second code made after it. */
    private static Path projectWithABackup(Path tmp) throws Exception {
        Path folder = tmp.resolve("p");
        try (ProjectStore store = ProjectStore.create(folder, "Backed up", OpenOptions.of("test").withBackups(false))) {
            new Codebook(store).create("Before the backup", null, AnalyticLevel.OPEN);
        }
        try (ProjectStore store = ProjectStore.open(folder, OpenOptions.of("test"))) {
            store.close(); // waits for the background backup
        }
        try (ProjectStore store = ProjectStore.open(folder, OpenOptions.of("test").withBackups(false))) {
            new Codebook(store).create("After the backup", null, AnalyticLevel.OPEN);
        }
        return folder;
    }

    private static String onlyBackup(Path folder) throws Exception {
        try (var files = Files.list(folder.resolve("backups"))) {
            return files.map(f -> f.getFileName().toString()).reduce((a, b) -> a + ", " + b).orElseThrow();
        }
    }

    /** A copy of a backup cut short, as a process killed while writing it left it before backups were checked. */
    private static Path cutCopy(Path folder, String backup) throws Exception {
        byte[] bytes = Files.readAllBytes(folder.resolve("backups").resolve(backup));
        return Files.write(folder.resolve("backups").resolve("store-20300101-000000-000.zip"), Arrays.copyOf(bytes, bytes.length / 2));
    }
}

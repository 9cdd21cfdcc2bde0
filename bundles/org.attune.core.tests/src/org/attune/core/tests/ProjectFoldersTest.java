package org.attune.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.attune.core.Attune;
import org.attune.core.project.ProjectException;
import org.attune.core.project.ProjectFolders;
import org.attune.core.project.ProjectInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFoldersTest {

    @Test
    void createdProjectIsReadBackFromItsXodusStore(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("vig-evaluation");
        ProjectInfo created = ProjectFolders.create(folder, "  VIG evaluation 2026 ");
        assertEquals("VIG evaluation 2026", created.name());
        assertTrue(Files.isDirectory(folder.resolve(ProjectFolders.STORE_DIR)));

        ProjectInfo read = ProjectFolders.read(folder);
        assertEquals(created, read);
        assertEquals(ProjectFolders.SCHEMA_VERSION, read.schemaVersion());
        assertTrue(Duration.between(read.created(), Instant.now()).abs().toMinutes() < 5);
    }

    @Test
    void refusesAFolderThatIsNotEmpty(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("notes.txt"), "a researcher's file");
        ProjectException e = assertThrows(ProjectException.class, () -> ProjectFolders.create(tmp, "P"));
        assertTrue(e.getMessage().startsWith(tmp.toAbsolutePath().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertEquals("a researcher's file", Files.readString(tmp.resolve("notes.txt")), "nothing may be touched");
    }

    @Test
    void refusesABlankNameAndAFileInPlaceOfTheFolder(@TempDir Path tmp) throws Exception {
        assertThrows(ProjectException.class, () -> ProjectFolders.create(tmp.resolve("p"), " "));
        Path file = Files.writeString(tmp.resolve("taken"), "x");
        ProjectException e = assertThrows(ProjectException.class, () -> ProjectFolders.create(file, "P"));
        assertTrue(e.getMessage().contains("a file of that name exists"), e.getMessage());
    }

    @Test
    void readingAFolderThatIsNotAProjectSaysSo(@TempDir Path tmp) {
        ProjectException e = assertThrows(ProjectException.class, () -> ProjectFolders.read(tmp));
        assertTrue(e.getMessage().contains("not an Attune project"), e.getMessage());
    }

    @Test
    void versionComesFromTheBundle() {
        assertTrue(Attune.version().startsWith("0.1.0"), Attune.version());
        assertEquals("0.1.0", Attune.shortVersion());
    }
}

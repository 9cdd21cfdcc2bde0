package org.attune.coding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attune.coding.TextEdits;
import org.attune.importer.ImportOptions;
import org.attune.importer.ImportProgress;
import org.attune.importer.Importer;
import org.attune.model.AttuneFactory;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A transcript that is not in the project (its import undone, or never added) is not edited (#19). */
class TextEditsNotInProjectTest {
    private static final OpenOptions OPEN = OpenOptions.of("text edits test").withBackups(false);

    @Test
    void aTranscriptWhoseImportIsUndoneOrThatWasNeverAddedIsNotEdited(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(Files.createDirectories(tmp.resolve("in")).resolve("interview.txt"),
                "Interviewer: How did it go?\nCarer: Well, I think.\n");
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Edits", OPEN)) {
            new Importer(store, ImportOptions.defaults()).importAll(List.of(file), ImportProgress.NONE);
            TextSource source = (TextSource) store.project().getSources().get(0);
            TextEdits edits = new TextEdits(store);
            edits.edit(source, 0, 0, "Q "); // control: in the project, it is edited
            assertTrue(store.text(source).startsWith("Q Interviewer"));
            store.undo();
            store.undo(); // the import
            assertFalse(store.project().getSources().contains(source), "control: the import is undone");

            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> edits.edit(source, 0, 0, "Q "));
            assertEquals("'" + source.getName() + "' is not in the project (deleted, or its import undone): its text cannot be edited",
                    e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> edits.replace(source, "Carer", "Guide", true));
            assertEquals(List.of(), store.project().getSources(), "nothing was added back");

            TextSource never = AttuneFactory.eINSTANCE.createTextSource();
            never.setName("loose");
            assertThrows(IllegalArgumentException.class, () -> edits.edit(never, 0, 0, "x"));
        }
    }
}

package org.attune.coding.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attune.coding.TextEdits;
import org.attune.importer.ImportOptions;
import org.attune.importer.ImportProgress;
import org.attune.importer.Importer;
import org.attune.model.AttuneFactory;
import org.attune.model.SyncPoint;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A time code typed or pasted into a transcript is a sync point as it is typed, as it would be on import; one deleted or
 * broken takes its sync point with it; undo and redo follow; what was committed is what a reopened project holds (#19).
 */
class TypedTimeCodesTest {
    private static final OpenOptions OPEN = OpenOptions.of("typed time codes test").withBackups(false);

    private static List<String> syncPoints(TextSource source) {
        return source.getSyncPoints().stream().map(p -> p.getOffset() + "@" + p.getTimeMs()).toList();
    }

    @Test
    void aTimeCodeTypedIsASyncPointAndOneDeletedIsNot(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(Files.createDirectories(tmp.resolve("in")).resolve("interview.txt"),
                "Interviewer: [00:00:04] How did it go?\nCarer: Well, I think.\n");
        Path project = tmp.resolve("project");
        String typed = "Carer: [00:01:23] Well";
        try (ProjectStore store = ProjectStore.create(project, "Time codes", OPEN)) {
            new Importer(store, ImportOptions.defaults()).importAll(List.of(file), ImportProgress.NONE);
            TextSource source = (TextSource) store.project().getSources().get(0);
            store.load(source);
            TextEdits edits = new TextEdits(store);
            assertEquals(List.of("13@4000"), syncPoints(source), "control: import made the first one a sync point");

            // typed one key at a time, as the editor sends it: a sync point once it reads as a time code
            int at = store.text(source).indexOf("Well");
            String code = "[00:01:23] ";
            for (int i = 0; i < code.length(); i++) {
                edits.edit(source, at + i, at + i, code.substring(i, i + 1));
                assertEquals(i < "[00:01:23]".length() - 1 ? 1 : 2, source.getSyncPoints().size(), "after typing " + code.substring(0, i + 1));
            }
            assertEquals(typed, store.text(source).substring(store.text(source).indexOf("Carer")).substring(0, typed.length()));
            assertEquals(List.of("13@4000", at + "@83000"), syncPoints(source), "the typed code is a sync point at its start");

            // text typed before it moves it; deleting its closing bracket breaks it and takes its sync point; undo brings it back
            edits.edit(source, at, at, "so ");
            assertEquals(List.of("13@4000", at + 3 + "@83000"), syncPoints(source));
            store.undo();
            int bracket = at + "[00:01:23".length();
            edits.edit(source, bracket, bracket + 1, "");
            assertEquals(List.of("13@4000"), syncPoints(source), "a broken time code is no sync point");
            store.undo();
            assertEquals(List.of("13@4000", at + "@83000"), syncPoints(source), "undo brings it back");

            // the imported one deleted whole; a paste with two codes (f4transkript's form too) makes two
            edits.edit(source, 13, 13 + "[00:00:04] ".length(), "");
            assertEquals(List.of(at - 11 + "@83000"), syncPoints(source), "an imported time code deleted takes its sync point");
            int end = source.getLength();
            edits.edit(source, end, end, "Interviewer: #00:02:00-5# And then? [00:02:10] Yes.\n");
            assertEquals(List.of(at - 11 + "@83000", end + 13 + "@120500", end + 36 + "@130000"), syncPoints(source));
            store.undo();
            assertEquals(List.of(at - 11 + "@83000"), syncPoints(source));
            store.redo();
            assertEquals(3, source.getSyncPoints().size());

            // a sync point that is no time code's (a subtitle's, a draft's) stays when words around it are deleted
            SyncPoint own = AttuneFactory.eINSTANCE.createSyncPoint();
            own.setOffset(0);
            own.setTimeMs(500);
            store.apply("a sync point of no time code", () -> source.getSyncPoints().add(0, own));
            edits.edit(source, 0, 3, "");
            assertEquals(List.of("0@500", at - 14 + "@83000", end + 10 + "@120500", end + 33 + "@130000"), syncPoints(source));
        }
        try (ProjectStore store = ProjectStore.open(project, OPEN)) {
            TextSource source = (TextSource) store.project().getSources().get(0);
            store.load(source);
            assertEquals(4, source.getSyncPoints().size(), "the typed sync points are stored");
        }
    }
}

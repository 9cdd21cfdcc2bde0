package org.attune.ratings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.io.FileUtils;
import org.attune.model.RatingScale;
import org.attune.model.RatingSheet;
import org.attune.model.User;
import org.attune.ratings.RatingMerge;
import org.attune.ratings.RatingService;
import org.attune.ratings.Scales;
import org.attune.ratings.Sheets;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two raters work in two copies of one project; the lead merges the second copy into the first. */
class MergeTest {

    @Test
    void mergingTwiceAddsOnceFastForwardsAndReportsConflicts(@TempDir Path tmp) throws Exception {
        Path lead = tmp.resolve("lead");
        Path copy = tmp.resolve("copy");
        try (ProjectStore store = Fixtures.create(lead)) {
            Fixtures.miniScale(store);
            Fixtures.addRecording(store, "r1.mp4", 60_000);
            RatingService ratings = new RatingService(store);
            ratings.user("A");
            ratings.user("B");
        }
        copyProject(lead, copy);
        String sheetOfB = work(copy, "B", 5, 4, 4, true);
        work(lead, "A", 5, 6, 4, true);
        try (ProjectStore store = Fixtures.open(copy)) {
            RatingService ratings = new RatingService(store);
            ratings.practitioner("P9"); // a case only the copy has, on a sheet only the copy has
            User carol = ratings.user("Carol");
            RatingSheet sheet = ratings.start(store.project().getSources().getFirst(), Scales.latest(store.project(), "Likert 1-7"),
                    carol, ratings.practitioner("P9"), "VIG");
            SheetsTest.scoreAll(ratings, sheet, carol, 1, 2, 3);
        }
        String before = digest(copy);

        try (ProjectStore store = Fixtures.open(lead)) {
            RatingMerge.Report first = RatingMerge.merge(store, copy, Fixtures.OPTIONS);
            assertTrue(first.conflicts().isEmpty(), first.toString());
            assertEquals(List.of("user Carol", "case P9"), first.added().stream().filter(s -> !s.contains("sheet")).toList());
            assertEquals(2, first.added().stream().filter(s -> s.contains("sheet")).count(), first.toString());
            assertEquals(3, store.project().getRatingSheets().size());
            assertEquals(1, store.project().getRatingScales().size(), "the scale is the same element in both copies");
            assertEquals(1, store.project().getUsers().stream().filter(u -> u.getName().equals("B")).count());
            RatingSheet merged = Sheets.find(store.project(), sheetOfB);
            assertEquals(List.of(5, 4, 4), merged.getScores().stream().map(s -> s.getValue()).toList());
            assertEquals(store.project().getRatingScales().getFirst(), merged.getScale());
            assertTrue(Scales.scale(merged.getScores().getFirst().getSubItem()) == merged.getScale());

            RatingMerge.Report second = RatingMerge.merge(store, copy, Fixtures.OPTIONS);
            assertFalse(second.changed(), second.toString());
            assertEquals(2, second.unchanged());
            assertEquals(3, store.project().getRatingSheets().size());
            store.undo();
            assertEquals(1, store.project().getRatingSheets().size(), "the first merge was one undoable action");
            store.redo();
        }
        assertEquals(before, digest(copy), "the other copy was opened read-only");
        try (ProjectStore store = Fixtures.open(lead)) {
            assertEquals(3, store.project().getRatingSheets().size(), "the merge is on disk");
        }

        // B reopens and changes their sheet in the copy only: the merge takes B's later changes.
        reopenAndScore(copy, sheetOfB, "B", 7);
        try (ProjectStore store = Fixtures.open(lead)) {
            RatingMerge.Report update = RatingMerge.merge(store, copy, Fixtures.OPTIONS);
            assertEquals(1, update.updated().size(), update.toString());
            assertTrue(update.conflicts().isEmpty());
            assertEquals(7, Sheets.find(store.project(), sheetOfB).getScores().getFirst().getValue());
        }
        // Both copies change B's sheet: a conflict, and this project's version is kept.
        reopenAndScore(copy, sheetOfB, "B", 1);
        reopenAndScore(lead, sheetOfB, "B", 2);
        try (ProjectStore store = Fixtures.open(lead)) {
            RatingMerge.Report conflict = RatingMerge.merge(store, copy, Fixtures.OPTIONS);
            assertEquals(1, conflict.conflicts().size(), conflict.toString());
            assertTrue(conflict.conflicts().getFirst().contains("changed in both copies"), conflict.conflicts().toString());
            assertEquals(2, Sheets.find(store.project(), sheetOfB).getScores().getFirst().getValue());
            assertThrows(Exception.class, () -> RatingMerge.merge(store, lead, Fixtures.OPTIONS));
        }
    }

    @Test
    void aReadOnlyProjectRefusesActions(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = Fixtures.create(tmp.resolve("p"))) {
            Fixtures.miniScale(store);
        }
        String before = digest(tmp.resolve("p"));
        try (ProjectStore store = ProjectStore.open(tmp.resolve("p"), Fixtures.OPTIONS.withReadOnly(true))) {
            assertTrue(store.isReadOnly());
            RatingScale scale = Scales.latest(store.project(), "Likert 1-7");
            assertEquals(2, scale.getItems().size());
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> store.apply("rename", () -> scale.setName("x")));
            assertTrue(refused.getMessage().contains("read-only"), refused.getMessage());
        }
        assertEquals(before, digest(tmp.resolve("p")));
    }

    private static String work(Path folder, String rater, int v1, int v2, int v3, boolean submit) throws Exception {
        try (ProjectStore store = Fixtures.open(folder)) {
            RatingService ratings = new RatingService(store);
            User user = ratings.user(rater);
            RatingSheet sheet = ratings.start(store.project().getSources().getFirst(), Scales.latest(store.project(), "Likert 1-7"),
                    user, ratings.practitioner("P1"), "VIG");
            SheetsTest.scoreAll(ratings, sheet, user, v1, v2, v3);
            if (submit) {
                ratings.submit(sheet, user, false);
            }
            return sheet.getId();
        }
    }

    private static void reopenAndScore(Path folder, String sheetId, String rater, int value) throws Exception {
        try (ProjectStore store = Fixtures.open(folder)) {
            RatingService ratings = new RatingService(store);
            RatingSheet sheet = Sheets.find(store.project(), sheetId);
            User user = ratings.user(rater);
            ratings.reopen(sheet, user);
            ratings.setValue(sheet, SheetsTest.sub(sheet.getScale(), "1.1"), value, user);
            ratings.submit(sheet, user, false);
        }
    }

    static void copyProject(Path from, Path to) throws IOException {
        FileUtils.copyDirectory(from.toFile(), to.toFile(), f -> !f.getName().equals("project.lock"));
    }

    /** Each file of the project but the lock files (ours and Xodus's name their holder on every open), with a digest. */
    static String digest(Path folder) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                if (!List.of("project.lock", "xd.lck").contains(f.getFileName().toString())) {
                    byte[] sha = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
                    out.append(folder.relativize(f)).append('=').append(HexFormat.of().formatHex(sha, 0, 6)).append('\n');
                }
            }
        }
        return out.toString();
    }
}

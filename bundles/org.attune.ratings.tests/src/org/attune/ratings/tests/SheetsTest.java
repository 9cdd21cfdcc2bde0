package org.attune.ratings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.attune.model.Case;
import org.attune.model.RatingScale;
import org.attune.model.RatingSheet;
import org.attune.model.ScoreState;
import org.attune.model.SheetStatus;
import org.attune.model.User;
import org.attune.model.VideoSource;
import org.attune.ratings.BlindRuleException;
import org.attune.ratings.Consensus;
import org.attune.ratings.Consensus.Comparison;
import org.attune.ratings.Mark;
import org.attune.ratings.Moment;
import org.attune.ratings.RatingException;
import org.attune.ratings.RatingService;
import org.attune.ratings.ScaleEditor;
import org.attune.ratings.Scales;
import org.attune.ratings.ScaleTemplates;
import org.attune.ratings.Sheets;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetsTest {

    @Test
    void scoresNotesAndEvidenceAreKeptAndChecked(@TempDir Path tmp) throws Exception {
        String id;
        try (ProjectStore store = Fixtures.create(tmp.resolve("p"))) {
            RatingScale vig = ScaleTemplates.add(store, ScaleTemplates.Template.VIG);
            VideoSource video = Fixtures.addRecording(store, "review-1.mp4", 900_000);
            RatingService ratings = new RatingService(store);
            User kim = ratings.user("Kim");
            RatingSheet sheet = ratings.start(video, vig, kim, ratings.practitioner("Practitioner 1"), "VIG shared review");
            id = sheet.getId();
            ratings.score(sheet, Scales.subItem(vig, "4", "2"), Mark.value(4), "dance-like at 1:01",
                    List.of(new Moment(61_000, 75_000)), kim);
            ratings.setValue(sheet, Scales.subItem(vig, "5", "1"), 3, kim);
            ratings.score(sheet, Scales.subItem(vig, "5", "1"), Mark.CLEAR, null, null, kim);
            assertEquals(new RatingService.Progress(1, 52, 1, 0), ratings.progress(sheet));

            RatingException level = assertThrows(RatingException.class, () -> ratings.setValue(sheet, Scales.subItem(vig, "4", "1"), 6, kim));
            assertTrue(level.getMessage().contains("6 is not a level"), level.getMessage());
            RatingException na = assertThrows(RatingException.class,
                    () -> ratings.score(sheet, Scales.subItem(vig, "4", "1"), Mark.NOT_APPLICABLE, null, null, kim));
            assertTrue(na.getMessage().contains("cannot be marked N/A"), na.getMessage());
            RatingException unused = assertThrows(RatingException.class, () -> ratings.setValue(sheet, Scales.subItem(vig, "2", "1"), 3, kim));
            assertTrue(unused.getMessage().contains("marked not used"), unused.getMessage());
            RatingException late = assertThrows(RatingException.class, () -> ratings.score(sheet, Scales.subItem(vig, "4", "3"),
                    Mark.value(2), null, List.of(new Moment(899_000, 901_000)), kim));
            assertTrue(late.getMessage().contains("beyond the end"), late.getMessage());
            User lee = ratings.user("Lee");
            RatingException other = assertThrows(RatingException.class, () -> ratings.setValue(sheet, Scales.subItem(vig, "4", "1"), 2, lee));
            assertTrue(other.getMessage().contains("only Kim can change"), other.getMessage());
            RatingException twice = assertThrows(RatingException.class, () -> ratings.start(video, vig, kim, null, null));
            assertTrue(twice.getMessage().contains("already has"), twice.getMessage());
        }
        try (ProjectStore store = Fixtures.open(tmp.resolve("p"))) {
            RatingSheet sheet = Sheets.find(store.project(), id.substring(0, 8));
            RatingService.SheetView view = new RatingService(store).view(sheet, sheet.getCreatedBy());
            RatingService.ScoreView score = view.scores().stream().filter(s -> s.key().equals("4.2")).findFirst().orElseThrow();
            assertEquals(Mark.value(4), score.mark());
            assertEquals("dance-like at 1:01", score.note());
            assertEquals(List.of(new Moment(61_000, 75_000)), score.evidence());
            assertEquals(Mark.CLEAR, view.scores().stream().filter(s -> s.key().equals("5.1")).findFirst().orElseThrow().mark());
            assertEquals("Practitioner 1", view.practitioner());
            assertEquals("VIG shared review", view.condition());
            assertEquals(SheetStatus.DRAFT, view.status());
        }
    }

    @Test
    void submittedSheetsAreReadOnlyAndRatersBlindUntilBothSubmitted(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = Fixtures.create(tmp.resolve("p"))) {
            TwoRaters two = TwoRaters.start(store, null);
            RatingScale scale = two.scale();
            RatingService ratings = two.ratings();
            User a = two.a();
            User b = two.b();
            User lead = ratings.user("Lead");
            RatingSheet sheetA = two.sheetA();
            RatingSheet sheetB = two.sheetB();
            RatingException incomplete = assertThrows(RatingException.class, () -> ratings.submit(sheetB, b, false));
            assertTrue(incomplete.getMessage().contains("3 of 3 sub-items unscored"), incomplete.getMessage());
            ratings.submit(sheetA, a, false);
            assertEquals(SheetStatus.SUBMITTED, sheetA.getStatus());
            RatingException readOnly = assertThrows(RatingException.class, () -> ratings.setValue(sheetA, sub(scale, "1.1"), 1, a));
            assertTrue(readOnly.getMessage().contains("read-only"), readOnly.getMessage());

            assertThrows(BlindRuleException.class, () -> ratings.view(sheetA, b));
            assertThrows(BlindRuleException.class, () -> ratings.view(sheetA, lead), "one rater's sheet alone stays hidden");
            assertThrows(BlindRuleException.class, () -> ratings.view(sheetB, a));
            assertEquals(List.of(sheetA), ratings.visibleSheets(a));
            scoreAll(ratings, sheetB, b, 5, 4, 4);
            ratings.submit(sheetB, b, false);
            assertEquals(5, ratings.view(sheetA, b).scores().getFirst().mark().value());
            assertEquals(sheetB.getId(), ratings.view(sheetB, lead).id());

            ratings.reopen(sheetA, a);
            assertThrows(BlindRuleException.class, () -> ratings.view(sheetA, b), "reopened: hidden again");
            ratings.setValue(sheetA, sub(scale, "1.1"), 7, a);
            store.undo();
            assertEquals(5, ratings.view(sheetA, a).scores().getFirst().mark().value(), "each score is one undoable action");
        }
    }

    @Test
    void consensusComparesAndRecordsDecisions(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = Fixtures.create(tmp.resolve("p"))) {
            TwoRaters two = TwoRaters.start(store, "P1");
            RatingScale scale = two.scale();
            RatingService ratings = two.ratings();
            User a = two.a();
            User b = two.b();
            Case p1 = two.sheetA().getPractitioner();
            RatingSheet sheetA = two.sheetA();
            RatingSheet sheetB = two.sheetB();
            ratings.score(sheetB, sub(scale, "1.1"), Mark.value(5), null, null, b);
            ratings.score(sheetB, sub(scale, "1.2"), Mark.value(4), null, null, b);
            ratings.score(sheetB, sub(scale, "2.1"), Mark.NOT_APPLICABLE, null, null, b);
            ratings.submit(sheetA, a, false);
            Consensus consensus = new Consensus(store);
            RatingException early = assertThrows(RatingException.class, () -> consensus.compare(sheetA, sheetB, a));
            assertTrue(early.getMessage().contains("not submitted"), early.getMessage());
            ratings.submit(sheetB, b, false);

            List<Comparison> rows = consensus.compare(sheetA, sheetB, a);
            assertEquals(List.of(new Comparison("1.1", "Statement 1", Mark.value(5), Mark.value(5), false, 0),
                    new Comparison("1.2", "Statement 2", Mark.value(6), Mark.value(4), true, 2),
                    new Comparison("2.1", "The practitioner waits", Mark.value(4), Mark.NOT_APPLICABLE, true, null)), rows);
            RatingException undecided = assertThrows(RatingException.class,
                    () -> consensus.make(sheetA, sheetB, Map.of("1.2", Mark.value(5)), "talked", a));
            assertTrue(undecided.getMessage().contains("2.1 (4 vs N/A)"), undecided.getMessage());

            RatingSheet agreed = consensus.make(sheetA, sheetB, Map.of("1.2", Mark.value(5), "2.1", Mark.value(4)),
                    "1.2: watched 1:00-1:30 again", a);
            assertTrue(agreed.isConsensus());
            assertEquals(List.of(sheetA, sheetB), agreed.getBasedOn());
            assertEquals(SheetStatus.SUBMITTED, agreed.getStatus());
            assertEquals("1.2: watched 1:00-1:30 again", agreed.getDecisionNote());
            assertEquals(List.of(5, 5, 4), agreed.getScores().stream().map(s -> s.getValue()).toList());
            assertTrue(agreed.getScores().stream().allMatch(s -> s.getState() == ScoreState.VALUE));
            assertSame(p1, agreed.getPractitioner());
            assertThrows(RatingException.class, () -> consensus.make(sheetA, sheetB, Map.of("1.2", Mark.value(5),
                    "2.1", Mark.value(4)), "again", a));
        }
    }

    @Test
    void editingAScaleInUseMakesANewVersion(@TempDir Path tmp) throws Exception {
        try (ProjectStore store = Fixtures.create(tmp.resolve("p"))) {
            RatingScale v1 = ScaleTemplates.add(store, ScaleTemplates.Template.LIKERT7);
            ScaleEditor editor = new ScaleEditor(store);
            assertSame(v1, editor.renameItem(v1, "1", "Warmth"), "an unused scale is edited in place");
            RatingService ratings = new RatingService(store);
            User a = ratings.user("A");
            RatingSheet sheet = ratings.start(Fixtures.addRecording(store, "r1.mp4", 1000), v1, a, null, null);
            ratings.setValue(sheet, sub(v1, "1.1"), 3, a);

            RatingScale v2 = editor.renameSubItem(v1, "1", "1", "The practitioner is warm");
            assertNotSame(v1, v2);
            assertEquals(2, v2.getVersion());
            assertEquals("Statement 1", sub(v1, "1.1").getText(), "the used version stays as it was");
            assertEquals("The practitioner is warm", sub(v2, "1.1").getText());
            assertNotEquals(sub(v1, "1.1").getId(), sub(v2, "1.1").getId());
            assertSame(v1, sheet.getScale());
            assertSame(v2, Scales.latest(store.project(), "Likert 1-7"));
            assertSame(v2, editor.addLevel(v2, 0, "No answer"), "version 2 is not used yet: edited in place");
            assertEquals(0, v2.getLevels().getFirst().getValue());
            assertSame(v2, editor.setNotUsed(v2, "1", true));
            assertTrue(Scales.scorableSubItems(v2).isEmpty());
            store.undo();
            store.undo();
            store.undo();
            assertEquals(1, Scales.versions(store.project(), "Likert 1-7").size(), "one undo per edit");
        }
    }

    static org.attune.model.ScaleSubItem sub(RatingScale scale, String key) {
        String[] parts = key.split("\\.");
        return Scales.subItem(scale, parts[0], parts[1]);
    }

    /**
     * Raters A and B each start a "VIG" sheet on one 60 s recording with the mini scale, for the named practitioner
     * (or none); A has scored 5, 6, 4, B nothing yet.
     */
    record TwoRaters(RatingScale scale, RatingService ratings, User a, User b, RatingSheet sheetA, RatingSheet sheetB) {
        static TwoRaters start(ProjectStore store, String practitioner) {
            RatingScale scale = Fixtures.miniScale(store);
            VideoSource video = Fixtures.addRecording(store, "r1.mp4", 60_000);
            RatingService ratings = new RatingService(store);
            User a = ratings.user("A");
            User b = ratings.user("B");
            Case p = practitioner == null ? null : ratings.practitioner(practitioner);
            RatingSheet sheetA = ratings.start(video, scale, a, p, "VIG");
            RatingSheet sheetB = ratings.start(video, scale, b, p, "VIG");
            scoreAll(ratings, sheetA, a, 5, 6, 4);
            return new TwoRaters(scale, ratings, a, b, sheetA, sheetB);
        }
    }

    /** Scores 1.1, 1.2, 2.1 of the mini scale. */
    static void scoreAll(RatingService ratings, RatingSheet sheet, User rater, Integer... values) {
        String[] keys = {"1.1", "1.2", "2.1"};
        for (int i = 0; i < keys.length; i++) {
            Mark mark = values[i] == null ? Mark.NOT_APPLICABLE : Mark.value(values[i]);
            ratings.score(sheet, sub(sheet.getScale(), keys[i]), mark, null, null, rater);
        }
    }
}

package org.attune.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.attune.exchange.merge.MergeReport;
import org.attune.exchange.merge.MergeReport.Outcome;
import org.attune.exchange.merge.ProjectMerge;
import org.attune.model.AttuneFactory;
import org.attune.model.RatingScale;
import org.attune.model.RatingSheet;
import org.attune.model.ScaleItem;
import org.attune.model.ScaleSubItem;
import org.attune.model.Score;
import org.attune.model.SheetStatus;
import org.attune.model.Source;
import org.attune.model.User;
import org.attune.model.VideoSource;
import org.attune.ratings.RatingService;
import org.attune.ratings.ScaleTemplates;
import org.attune.ratings.Scales;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merging a copy brings its rating sheets, through the real store: two projects that each imported the same recording
 * (matched by its content hash, as two raters' copies are) and made the same scale; each rater rates in their own
 * copy. The other rater's sheet comes in once; the same rater's sheet of the same recording in both copies is matched
 * when its scores are the same and reported as a conflict (this project's kept) when they differ.
 */
class RatingSheetMergeTest {
    private static final OpenOptions OPTIONS = OpenOptions.of("test").withBackups(false);
    private static final String LIKERT = "Likert 1-7";

    @TempDir
    Path tmp;

    /** A project with the recording "clip.mp4" (content hash "sha-clip") and the Likert 1-7 scale. */
    private static void project(Path folder) throws Exception {
        try (ProjectStore store = ProjectStore.create(folder, "VIG", OPTIONS)) {
            VideoSource video = AttuneFactory.eINSTANCE.createVideoSource();
            video.setName("clip.mp4");
            video.setDurationMs(60_000);
            video.setContentHash("sha-clip");
            store.apply("add video", () -> store.project().getSources().add(video));
            ScaleTemplates.add(store, ScaleTemplates.Template.LIKERT7);
        }
    }

    /** {@code rater} scores every sub-item of the clip (the values in turn) and submits the sheet. */
    private static void rate(Path folder, String rater, int... values) throws Exception {
        try (ProjectStore store = ProjectStore.open(folder, OPTIONS)) {
            RatingService ratings = new RatingService(store);
            User user = ratings.user(rater);
            RatingScale scale = Scales.latest(store.project(), LIKERT);
            RatingSheet sheet = ratings.start(store.project().getSources().getFirst(), scale, user, ratings.practitioner("P1"), "VIG");
            int i = 0;
            for (ScaleItem item : scale.getItems()) {
                for (ScaleSubItem sub : item.getSubItems()) {
                    ratings.setValue(sheet, sub, values[i++ % values.length], user);
                }
            }
            ratings.submit(sheet, user, false);
        }
    }

    /** Each sheet as "rater|recording|scale|status|values". */
    private static Map<String, String> sheets(ProjectStore store) {
        Map<String, String> out = new TreeMap<>();
        for (RatingSheet s : store.project().getRatingSheets()) {
            String key = s.getCreatedBy().getName() + "|" + s.getRecording().getName() + "|" + s.getScale().getName();
            assertFalse(out.containsKey(key), "one sheet per rater, recording and scale: " + key);
            assertTrue(store.project().getSources().contains(s.getRecording()) && store.project().getRatingScales().contains(s.getScale())
                    && store.project().getUsers().contains(s.getCreatedBy()), "the sheet refers into this project: " + key);
            out.put(key, s.getStatus() + "|" + s.getScores().stream().map(Score::getValue).toList());
        }
        return out;
    }

    private static List<String> names(MergeReport report, Outcome outcome) {
        return report.of(outcome).stream().filter(i -> i.kind().equals("rating sheet")).map(MergeReport.Item::name).toList();
    }

    @Test
    void theOtherRatersSheetComesInOnceAndTheSameRatersDifferentScoresAreAConflict() throws Exception {
        Path a = tmp.resolve("ana");
        Path b = tmp.resolve("ben");
        project(a);
        project(b);
        rate(a, "Ana", 5, 4);
        rate(a, "Dan", 3);
        rate(a, "Cy", 2);
        rate(b, "Ben", 6, 7);
        rate(b, "Dan", 3); // the same scores in both copies: the same sheet
        rate(b, "Cy", 5); // other scores: a conflict
        Map<String, String> theirs;
        try (ProjectStore other = ProjectStore.openToRead(b, OPTIONS)) {
            theirs = sheets(other);
        }

        try (ProjectStore ours = ProjectStore.open(a, OPTIONS)) {
            Map<String, String> before = sheets(ours);
            MergeReport report = ProjectMerge.merge(ours, b, OPTIONS, null);
            assertEquals(1, names(report, Outcome.ADDED).size(), report.items().toString());
            assertTrue(names(report, Outcome.ADDED).getFirst().startsWith("Ben's sheet"), report.items().toString());
            assertEquals(1, names(report, Outcome.MATCHED).size(), report.items().toString());
            assertTrue(names(report, Outcome.MATCHED).getFirst().startsWith("Dan's sheet"));
            List<MergeReport.Item> conflicts = report.of(Outcome.CONFLICT);
            assertEquals(1, conflicts.size(), report.items().toString());
            assertTrue(conflicts.getFirst().name().startsWith("Cy's sheet") && conflicts.getFirst().detail().contains("other scores"),
                    conflicts.getFirst().toString());
            assertTrue(report.of(Outcome.ADDED).contains(new MergeReport.Item(Outcome.ADDED, "user", "Ben", "")));
            assertEquals(1, ours.project().getRatingScales().size(), "the same scale made in both copies is matched");

            Map<String, String> after = sheets(ours);
            Map<String, String> expected = new TreeMap<>(before);
            expected.put("Ben|clip.mp4|" + LIKERT, theirs.get("Ben|clip.mp4|" + LIKERT));
            assertEquals(expected, after, "Ben's sheet came in with its scores; Cy's sheet here was kept");
            assertTrue(after.get("Ben|clip.mp4|" + LIKERT).startsWith(SheetStatus.SUBMITTED + "|[6"), after.toString());
            assertNotEquals(theirs.get("Cy|clip.mp4|" + LIKERT), after.get("Cy|clip.mp4|" + LIKERT));

            MergeReport again = ProjectMerge.merge(ours, b, OPTIONS, null);
            assertFalse(again.changes(), again.items().toString());
            assertEquals(2, names(again, Outcome.MATCHED).size(), "Ben's and Dan's sheets are here: " + again.items());
            assertEquals(1, again.count(Outcome.CONFLICT), "the conflict is reported again, never resolved");
            assertEquals(after, sheets(ours), "a second merge changes nothing");

            ours.undo();
            assertEquals(before, sheets(ours), "the merge, sheets included, was one undoable action");
            ours.redo();
        }
        try (ProjectStore ours = ProjectStore.open(a, OPTIONS)) {
            assertEquals(4, ours.project().getRatingSheets().size(), "the merged sheet is on disk");
            Source clip = ours.project().getSources().getFirst();
            assertEquals(1, ours.project().getSources().size(), "the recording is matched by its content, not added: " + clip.getName());
        }
        try (ProjectStore other = ProjectStore.openToRead(b, OPTIONS)) {
            assertEquals(theirs, sheets(other), "the other copy is not changed");
        }
    }
}

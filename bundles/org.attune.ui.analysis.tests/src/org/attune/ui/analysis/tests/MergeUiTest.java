package org.attune.ui.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.attune.coding.Codebook;
import org.attune.coding.Coder;
import org.attune.coding.Memos;
import org.attune.exchange.merge.ProjectMerge;
import org.attune.model.AnalyticLevel;
import org.attune.model.AttuneFactory;
import org.attune.model.Code;
import org.attune.model.RatingScale;
import org.attune.model.RatingSheet;
import org.attune.model.TextSource;
import org.attune.model.User;
import org.attune.model.VideoSource;
import org.attune.ratings.RatingService;
import org.attune.ratings.ScaleTemplates;
import org.attune.sample.SampleProject;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.analysis.AnalysisIds;
import org.attune.ui.analysis.exchange.MergeProjectHandler;
import org.attune.ui.analysis.exchange.MergeReportDialog;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/**
 * File > Merge Project... on a second coder's copy of the sample study: first the dry run's preview, with the counts
 * the command line's dry run gives; Cancel changes nothing; again and Merge: the report lists what came in (and that
 * the transcripts matched) with the same counts, the project holds it, and one Edit > Undo, named after the merge,
 * takes it all back.
 */
class MergeUiTest extends SampleWorkbench {

    @Test
    void aCoderCopyMergedThroughTheMenuIsReportedAndUndoneInOneStep() throws Exception {
        Path copy = tmp.resolve("ben");
        try (ProjectStore ben = SampleProject.create(copy, OpenOptions.of("test").withBackups(false))) {
            ben.setCurrentUser("Ben");
            Code code = new Codebook(ben).create("Reading the baby", null, AnalyticLevel.OPEN);
            TextSource dawn = (TextSource) ben.project().getSources().stream().filter(s -> s.getName().equals("C01 Carer Dawn"))
                    .findFirst().orElseThrow();
            new Coder(ben).code(dawn, 0, 40, code);
            new Memos(ben).create("Ben's first pass", "The baby's cues come first in C01.", List.of(code));
            // Ben also rated a recording (imported in both copies, matched by its content) on the Likert scale
            VideoSource video = recording();
            ben.apply("add video", () -> ben.project().getSources().add(video));
            RatingScale scale = ScaleTemplates.add(ben, ScaleTemplates.Template.LIKERT7);
            RatingService ratings = new RatingService(ben);
            User rater = ratings.user("Ben");
            RatingSheet sheet = ratings.start(video, scale, rater, ratings.practitioner("P1"), "VIG");
            scale.getItems().forEach(i -> i.getSubItems().forEach(sub -> ratings.setValue(sheet, sub, 5, rater)));
            ratings.submit(sheet, rater, false);
        }
        UiThread.run(() -> store.apply("add video", () -> store.project().getSources().add(recording())));
        long before = store.summary().codings();
        int memos = store.project().getMemos().size();
        int sheets = store.project().getRatingSheets().size(); // the sample's two of its practice recording

        // what the command line's dry run (attune cli merge --dry-run) reports: the same plan, nothing changed
        String dryRun = UiThread.call(() -> {
            try {
                return ProjectMerge.plan(store, copy, OpenOptions.of("test"), null).report().counts();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(dryRun.contains(" 0 conflicts"), dryRun);

        // first the preview, then Cancel: nothing changes
        Shell preview = preview(copy);
        String previewCounts = UiThread.call(Widgets.byId(preview, Label.class, AnalysisIds.MERGE_COUNTS)::getText);
        assertTrue(previewCounts.startsWith("Dry run, nothing changed yet: merging ben would give " + dryRun + "."), previewCounts);
        Table previewTable = Widgets.byId(preview, Table.class, AnalysisIds.MERGE_REPORT);
        List<String> wouldAdd = UiThread.call(() -> Arrays.stream(previewTable.getItems())
                .filter(i -> i.getText(0).equals("added")).map(i -> i.getText(1) + ": " + i.getText(2)).toList());
        assertTrue(wouldAdd.contains("code: Reading the baby"), wouldAdd.toString());
        Screenshots.capture(SCREENSHOTS.resolve("merge-preview.png"));
        Input.click(Widgets.byText(preview, Button.class, "Cancel"));
        UiThread.waitUntil("the preview closed", preview::isDisposed);
        UiThread.flush();
        assertEquals(before, store.summary().codings(), "cancelled: nothing merged");
        assertEquals(memos, store.project().getMemos().size());
        assertTrue(new Codebook(store).find("Reading the baby").isEmpty());
        assertEquals(sheets, store.project().getRatingSheets().size());
        assertTrue(UiThread.call(() -> Arrays.stream(window.getDisplay().getShells())
                .noneMatch(sh -> MergeReportDialog.TITLE.equals(sh.getText()))), "no report after Cancel");

        // again, and Merge: the report counts what the dry run said
        Shell confirm = preview(copy);
        Input.click(Widgets.byText(confirm, Button.class, "Merge"));
        UiThread.waitUntil("the preview closed", confirm::isDisposed);
        Shell report = Widgets.shell(MergeReportDialog.TITLE);
        Table table = Widgets.byId(report, Table.class, AnalysisIds.MERGE_REPORT);
        List<String> added = UiThread.call(() -> Arrays.stream(table.getItems()).filter(i -> i.getText(0).equals("added"))
                .map(i -> i.getText(1) + ": " + i.getText(2)).toList());
        assertTrue(added.containsAll(List.of("code: Reading the baby", "coding: Reading the baby on C01 Carer Dawn at 0–40 by Ben",
                "memo: Ben's first pass", "scale: Likert 1-7 version 1")), added.toString());
        assertTrue(added.stream().anyMatch(a -> a.startsWith("rating sheet: Ben's sheet ") && a.endsWith(" of \"session.mp4\"")),
                added.toString());
        long matchedSources = UiThread.call(() -> Arrays.stream(table.getItems())
                .filter(i -> i.getText(0).equals("matched") && i.getText(1).equals("source")).count());
        assertEquals(10, matchedSources, "the sample's six interviews and practice transcript by their text, its practice recording, sand tableau and session.mp4 by their files' hash");
        String counts = UiThread.call(Widgets.byId(report, Label.class, AnalysisIds.MERGE_COUNTS)::getText);
        assertTrue(counts.startsWith("Merged ben: " + dryRun + ".") && counts.contains("Edit > Undo"), counts + " after " + dryRun);
        Screenshots.capture(SCREENSHOTS.resolve("merge-report.png"));
        Input.click(Widgets.byText(report, Button.class, "Close"));
        UiThread.waitUntil("the report closed", report::isDisposed);

        assertEquals(before + 1, store.summary().codings());
        assertEquals(memos + 1, store.project().getMemos().size());
        assertTrue(new Codebook(store).find("Reading the baby").isPresent());
        assertEquals(sheets + 1, store.project().getRatingSheets().size(), "Ben's sheet beside the sample's");

        Input.select(Widgets.menuItem(window, "Edit", "Undo Merge project 'ben'"));
        UiThread.waitUntil("the merge undone", () -> new Codebook(store).find("Reading the baby").isEmpty());
        assertEquals(before, store.summary().codings());
        assertEquals(memos, store.project().getMemos().size());
        assertEquals(sheets, store.project().getRatingSheets().size(), "the sheet came in with the one merge action");
    }

    /** File > Merge Project... on {@code copy}, Merge in the choice dialog: the dry run's preview, still open. */
    private Shell preview(Path copy) throws Exception {
        Input.select(Widgets.menuItem(window, "File", "Merge Project..."));
        Shell dialog = Widgets.shell(MergeProjectHandler.TITLE);
        Text path = Widgets.byId(dialog, Text.class, AnalysisIds.FILE_PATH);
        UiThread.run(() -> path.setText(copy.toString()));
        Button merge = Widgets.byText(dialog, Button.class, "Merge");
        UiThread.waitUntil("Merge enabled for a project folder", () -> merge.isEnabled());
        Widgets.byText(dialog, Button.class, "Folder...");
        Screenshots.capture(SCREENSHOTS.resolve("merge-choice.png"));
        Input.click(merge);
        UiThread.waitUntil("the dialog closed", dialog::isDisposed);
        return Widgets.shell(MergeReportDialog.PREVIEW_TITLE);
    }

    private static VideoSource recording() {
        VideoSource video = AttuneFactory.eINSTANCE.createVideoSource();
        video.setName("session.mp4");
        video.setDurationMs(60_000);
        video.setContentHash("sha-session");
        return video;
    }
}

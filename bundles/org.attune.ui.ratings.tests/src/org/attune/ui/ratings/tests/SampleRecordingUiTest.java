package org.attune.ui.ratings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.attune.model.MediaSource;
import org.attune.sample.SampleProject;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.WidgetIds;
import org.attune.ui.editors.SourceEditor;
import org.attune.ui.ratings.ComparisonView;
import org.attune.ui.ratings.MediaPlayerView;
import org.attune.ui.ratings.RatingIds;
import org.attune.ui.testsupport.Workbench;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample study at first start (issue #22): its practice recording, double-clicked in the Project Explorer, opens
 * in the Media Player with its transcript beside it, which follows the playhead; the Rating perspective's Compare
 * Sheets shows the two fictional raters' submitted sheets of it side by side with their disagreements.
 */
class SampleRecordingUiTest {
    static final String RECORDING = "P01 Practice review Anna";
    private ProjectStore store;

    @AfterEach
    void closeTheProject() {
        CleanWorkbench.closeEverything(); // the player stays open in the Coding perspective otherwise
    }

    @Test
    void thePracticeRecordingPlaysWithItsTranscriptAndTheTwoSheetsCompare(@TempDir Path tmp) throws Exception {
        store = SampleProject.create(tmp.resolve("sample"), OpenOptions.of(IProjectSession.HOLDER).withBackups(false));
        Shell window = Workbench.open(store);

        // the recording, not its transcript of the same name, double-clicked in the Project Explorer of the Coding
        // perspective (where a researcher starts)
        Input.select(Widgets.menuItem(window, "Window", "Coding Perspective"));
        openRecording(window);
        UiThread.waitUntil("the Media Player with the recording", () -> MediaPlayerView.find() != null
                && MediaPlayerView.find().media() != null && RECORDING.equals(MediaPlayerView.find().media().getName()));
        MediaPlayerView player = UiThread.call(MediaPlayerView::find);
        UiThread.waitUntil("its transcript open beside it", () -> page().getActiveEditor() instanceof SourceEditor e
                && RECORDING.equals(e.getPartName()) && e.source().getMedia() == player.media());
        SourceEditor transcript = UiThread.call(() -> (SourceEditor) page().getActiveEditor());
        Label status = Widgets.byId(window, Label.class, RatingIds.PLAYER_STATUS);
        UiThread.waitUntil("the player loaded or said why not", () -> player.isPlayable() || status.getText().contains("Type times"),
                java.time.Duration.ofSeconds(30));
        System.out.println("Sample recording: playable=" + UiThread.call(player::isPlayable) + ", status: " + UiThread.call(status::getText));
        assertEquals(48_000, UiThread.call(player::durationMs), 200, "the clip's duration");

        // Time and Sync: the playhead at 0:09.5 is in Anna's line spoken from 0:09
        UiThread.run(() -> player.seek(9_500));
        StyledText text = Widgets.byId(window, StyledText.class, WidgetIds.SOURCE_TEXT);
        UiThread.waitUntil("the transcript follows to the brick line", () -> transcript.followedLine() >= 0
                && text.getLine(transcript.followedLine()).contains("hands you the brick"));
        UiThread.run(() -> { // a screenshot showed the followed line black (the tooltip colour of GTK's theme), its text unreadable
            org.eclipse.swt.graphics.RGB back = text.getLineBackground(transcript.followedLine()).getRGB();
            org.eclipse.swt.graphics.RGB fore = text.getForeground().getRGB();
            assertTrue(Math.abs(luminance(back) - luminance(fore)) > 0.5, "the followed line: text " + fore + " on " + back);
        });
        UiThread.run(() -> org.eclipse.swt.widgets.Display.getCurrent().setCursorLocation(1395, 895));
        UiThread.flush();
        Screenshots.capture(RatingUiTest.SCREENSHOTS.resolve("sample-recording.png"));

        // the Rating perspective: Compare Sheets with both raters' sheets of the recording
        Input.select(Widgets.menuItem(window, "Ratings", "Rating Perspective"));
        compareTheRecording(window);
        Label compareStatus = Widgets.byId(window, Label.class, RatingIds.COMPARE_STATUS);
        UiThread.waitUntil("both sheets compared", () -> compareStatus.getText().contains("6 disagreements of 52 sub-items"));
        Table compared = Widgets.byId(window, Table.class, RatingIds.COMPARE_TABLE);
        assertEquals(52, UiThread.call(compared::getItemCount));
        String header = UiThread.call(() -> compared.getColumn(2).getText() + " | " + compared.getColumn(3).getText());
        assertTrue(header.contains("Nora Hale") && header.contains("Sam Ortiz"), "the two raters' columns: " + header);
        long highlighted = UiThread.call(() -> Arrays.stream(compared.getItems())
                .filter(i -> i.getBackground(0).getRGB().equals(ComparisonView.DISAGREE_RGB)).count());
        assertEquals(6, highlighted, "the disagreements highlighted");
        UiThread.flush();
        Screenshots.capture(RatingUiTest.SCREENSHOTS.resolve("sample-compare-sheets.png"));
    }

    /** Relative luminance, 0 (black) to 1 (white). */
    private static double luminance(org.eclipse.swt.graphics.RGB c) {
        return (0.2126 * c.red + 0.7152 * c.green + 0.0722 * c.blue) / 255;
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Double-clicks the practice recording (not its transcript of the same name) in the Project Explorer. */
    static void openRecording(Shell window) {
        Tree explorer = selectRecording(window);
        UiThread.run(() -> {
            Event open = new Event();
            open.item = recording(explorer);
            explorer.notifyListeners(SWT.DefaultSelection, open);
        });
    }

    /** Selects the practice recording (not its transcript of the same name) in the shown Project Explorer; returns that. */
    static Tree selectRecording(Shell window) {
        // the shown explorer: one left by an earlier test in another perspective may be found first, hidden
        Tree explorer = Widgets.find(window, Tree.class, t -> WidgetIds.PROJECT_TREE.equals(t.getData(Widgets.ID_KEY)) && t.isVisible(),
                "the shown Project Explorer");
        UiThread.waitUntil("the recording in the explorer", () -> recording(explorer) != null);
        UiThread.run(() -> {
            TreeItem item = recording(explorer);
            Input.selectItem(item);
            explorer.setFocus();
        });
        return explorer;
    }

    private static TreeItem recording(Tree explorer) {
        return Widgets.treeItem(explorer.getItems(), i -> i.getData() instanceof MediaSource m && RECORDING.equals(m.getName()));
    }

    /** Shows Compare Sheets and chooses the practice recording in it. */
    static void compareTheRecording(Shell window) {
        UiThread.run(() -> {
            try {
                page().showView(ComparisonView.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        Combo recording = Widgets.byId(window, Combo.class, RatingIds.COMPARE_RECORDING);
        UiThread.run(() -> {
            int at = Arrays.asList(recording.getItems()).indexOf(Arrays.stream(recording.getItems()).filter(i -> i.startsWith(RECORDING))
                    .findFirst().orElseThrow(() -> new AssertionError(Arrays.toString(recording.getItems()))));
            recording.select(at);
            recording.notifyListeners(SWT.Selection, new Event());
        });
    }
}

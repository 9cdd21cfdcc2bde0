package org.attune.ui.ratings.tests;

import static org.attune.ui.ratings.tests.SampleRecordingUiTest.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.attune.sample.SampleProject;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.ratings.ComparisonView;
import org.attune.ui.ratings.MediaPlayerView;
import org.attune.ui.ratings.RatingIds;
import org.attune.ui.ratings.RatingPerspective;
import org.attune.ui.ratings.ResultsView;
import org.attune.ui.testsupport.Workbench;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.attune.ui.WidgetIds;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every perspective on the sample study at the default window size of 1280x800, as a researcher meets it on the
 * first day (issue #22): Coding with an interview open, Analysis, Rating with the practice recording and its two
 * sheets compared. Each is pictured in {@code target/screenshots/perspective-*.png} (to be looked at), and the
 * views worked in have room.
 */
class PerspectivesAt1280UiTest {
    private ProjectStore store;

    @AfterEach
    void closeTheProject() {
        CleanWorkbench.closeEverything(); // the player stays open in the Coding perspective otherwise
    }

    @Test
    void everyPerspectiveOnTheSampleAt1280x800() throws Exception {
        store = SampleProject.create(tmp.resolve("sample"), OpenOptions.of(IProjectSession.HOLDER).withBackups(false));
        Shell window = Workbench.open(store);
        Workbench.resize(window, 1280, 800);

        Input.select(Widgets.menuItem(window, "Window", "Coding Perspective"));
        SampleRecordingUiTest.openRecording(window); // the transcript in the editor, the player beside it
        UiThread.waitUntil("the player with the recording", () -> MediaPlayerView.find() != null && MediaPlayerView.find().media() != null);
        MediaPlayerView player = UiThread.call(MediaPlayerView::find);
        Label playerStatus = Widgets.byId(window, Label.class, RatingIds.PLAYER_STATUS);
        UiThread.waitUntil("the player loaded or said why not", () -> player.isPlayable() || playerStatus.getText().contains("Type times"),
                java.time.Duration.ofSeconds(30));
        UiThread.run(() -> player.seek(14_500)); // a frame with the clock, Dawn's line highlighted
        picture("coding");
        assertRoom(window, Canvas.class, RatingIds.PLAYER_TIMELINE, 250, 20);
        assertRoom(window, Tree.class, WidgetIds.PROJECT_TREE, 150, 150);

        Input.select(Widgets.menuItem(window, "Window", "Analysis Perspective"));
        picture("analysis");

        Input.select(Widgets.menuItem(window, "Ratings", "Rating Perspective"));
        UiThread.waitUntil("the Rating perspective", () -> page().getPerspective().getId().equals(RatingPerspective.ID));
        SampleRecordingUiTest.compareTheRecording(window);
        Label status = Widgets.byId(window, Label.class, RatingIds.COMPARE_STATUS);
        UiThread.waitUntil("the two sheets compared", () -> status.getText().contains("of 52 sub-items"));
        Table compared = Widgets.byId(window, Table.class, RatingIds.COMPARE_TABLE);
        assertEquals(52, UiThread.call(compared::getItemCount));
        picture("rating");
        assertRoom(window, Table.class, RatingIds.COMPARE_TABLE, 400, 100);
        UiThread.run(() -> { // the raters' names were cut in their 90 px columns ("A: Nora Hal")
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(compared);
            try {
                for (org.eclipse.swt.widgets.TableColumn column : compared.getColumns()) {
                    int header = gc.textExtent(column.getText()).x;
                    assertTrue(column.getWidth() >= header + 8, column.getText() + " is " + column.getWidth() + " px wide, its header " + header);
                }
            } finally {
                gc.dispose();
            }
        });
        assertRoom(window, Canvas.class, RatingIds.PLAYER_TIMELINE, 250, 20);
        UiThread.run(() -> {
            try {
                page().showView(ResultsView.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        UiThread.waitUntil("Rating Results in front", () -> page().getActivePart() instanceof ResultsView);
        picture("rating-results");
        UiThread.run(() -> {
            try {
                page().showView(ComparisonView.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @TempDir
    Path tmp;

    /** Pictures the window, the pointer out of the way. */
    private static void picture(String perspective) throws Exception {
        UiThread.run(() -> org.eclipse.swt.widgets.Display.getCurrent().setCursorLocation(1279, 799));
        UiThread.flush();
        Screenshots.capture(RatingUiTest.SCREENSHOTS.resolve("perspective-" + perspective + "-1280x800.png"));
    }

    /** The widget has room: at least {@code width} x {@code height} px. */
    private static void assertRoom(Shell window, Class<? extends Control> type, String id, int width, int height) {
        Control control = Widgets.byId(window, type, id);
        Point size = UiThread.call(control::getSize);
        assertTrue(size.x >= width && size.y >= height, id + " is " + size.x + "x" + size.y + " px, wants " + width + "x" + height);
    }
}

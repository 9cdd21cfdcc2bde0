package org.attune.ui.ratings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.ratings.MediaPlayerView;
import org.attune.ui.ratings.RatingIds;
import org.attune.ui.testsupport.Workbench;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Once the player view is closed, a key pressed anywhere else must reach its own widget. The player's keys (space,
 * arrows, I/O) were a Display filter that outlived the view and asked its disposed timeline for its shell; they are
 * now key bindings in the player's context, which ends with the view.
 */
class PlayerClosedUiTest {
    private ProjectStore store;

    @AfterEach
    void closeTheProject() {
        CleanWorkbench.closeEverything();
    }

    @Test
    void keysAfterThePlayerIsClosedGoWhereTheyArePressed(@TempDir Path tmp) throws Exception {
        store = ProjectStore.create(tmp.resolve("study"), "Player closed", OpenOptions.of(IProjectSession.HOLDER).withBackups(false));
        Shell window = Workbench.open(store);
        for (int round = 0; round < 2; round++) { // opened and closed twice: no filter of either opening may stay
            assertNotNull(UiThread.call(MediaPlayerView::show), "the player opens");
            // the shown player's timeline: one of a player left open in another perspective is there too, hidden
            Canvas timeline = Widgets.find(window, Canvas.class, c -> RatingIds.PLAYER_TIMELINE.equals(c.getData(Widgets.ID_KEY))
                    && c.isVisible(), "the shown player's timeline");
            UiThread.run(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().hideView(MediaPlayerView.find()));
            assertNull(UiThread.call(MediaPlayerView::find), "the player is closed");
            assertTrue(UiThread.call(timeline::isDisposed), "its widgets are gone");
        }
        boolean[] heard = {false};
        List<Throwable> thrown = new ArrayList<>();
        UiThread.run(() -> {
            Display display = window.getDisplay();
            var handler = display.getRuntimeExceptionHandler(); // the workbench's logs what a listener throws
            display.setRuntimeExceptionHandler(thrown::add);
            try {
                window.addListener(SWT.KeyDown, e -> heard[0] = true);
                Event space = new Event();
                space.keyCode = ' ';
                space.character = ' ';
                window.notifyListeners(SWT.KeyDown, space); // runs the Display's filters first, as a real key press does
            } finally {
                display.setRuntimeExceptionHandler(handler);
            }
        });
        assertEquals(List.of(), thrown.stream().map(String::valueOf).toList(), "nothing failed on the key press");
        assertTrue(heard[0], "the window heard its key");
    }
}

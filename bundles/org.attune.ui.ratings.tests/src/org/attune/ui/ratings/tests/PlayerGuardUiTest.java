package org.attune.ui.ratings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.attune.sample.SampleProject;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.ui.IProjectSession;
import org.attune.ui.ratings.MediaPlayerView;
import org.attune.ui.ratings.RatingIds;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.attune.ui.testsupport.Workbench;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Media Player never leaves the workbench waiting for its page (issue #19): a page whose script hangs (the test
 * hook keeps it busy, as a {@code while(true)} would) is noticed, the player says so and offers Reload Player, Play,
 * seeks and rate changes return at once meanwhile, the commands given wait for the page and go when it answers again,
 * and Reload Player gives a new page at the same time that plays. And every control of the player is in sight at
 * 1024x768 (its rows wrap), in the Coding and the Rating perspective.
 */
class PlayerGuardUiTest {
    /** What a command may take on the UI thread: it never waits for the page. */
    private static final long AT_ONCE_MS = 250;
    private ProjectStore store;
    private Shell window;

    @BeforeEach
    void openTheSample(@TempDir Path tmp) throws Exception {
        store = SampleProject.create(tmp.resolve("sample"), OpenOptions.of(IProjectSession.HOLDER).withBackups(false));
        window = Workbench.open(store);
    }

    @AfterEach
    void closeTheProject() {
        CleanWorkbench.closeEverything();
    }

    @Test
    void aPageThatDoesNotAnswerLeavesTheWorkbenchResponsiveAndSaysSo() throws Exception {
        MediaPlayerView player = openThePlayer();
        Label silent = Widgets.byId(window, Label.class, RatingIds.PLAYER_SILENT);
        assertFalse(UiThread.call(silent::isVisible), "nothing said while the page answers");
        assertTrue(UiThread.call(player::isAnswering));

        // a page that hangs for a while: noticed and said; Play returns at once and waits for the page, then plays
        UiThread.run(() -> player.hangPageForTest(8_000));
        UiThread.waitUntil("the player says it does not answer", () -> silent.isVisible() && !player.isAnswering(), Duration.ofSeconds(8));
        assertTrue(UiThread.call(() -> millis(player::togglePlay)) < AT_ONCE_MS, "Play returns at once");
        assertFalse(UiThread.call(player::isPlaying), "not playing while the page hangs");
        UiThread.waitUntil("the page answers again, the notice goes", () -> player.isAnswering() && !silent.isVisible(), Duration.ofSeconds(20));
        UiThread.waitUntil("the Play given meanwhile plays", player::isPlaying, Duration.ofSeconds(20));
        UiThread.run(player::togglePlay);
        UiThread.waitUntil("paused", () -> !player.isPlaying(), Duration.ofSeconds(10));

        // a page that never answers (for the test: 30 s): every command returns at once, the UI thread keeps turning
        UiThread.run(() -> player.hangPageForTest(30_000));
        UiThread.waitUntil("the player says it does not answer", () -> silent.isVisible() && !player.isAnswering(), Duration.ofSeconds(8));
        assertTrue(UiThread.call(() -> millis(player::togglePlay)) < AT_ONCE_MS, "Play returns at once");
        assertTrue(UiThread.call(() -> millis(() -> player.seek(20_000))) < AT_ONCE_MS, "a seek returns at once");
        assertTrue(UiThread.call(() -> millis(() -> player.stepRate(1))) < AT_ONCE_MS, "a rate change returns at once");
        List<Long> roundTrips = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            UiThread.call(() -> window.getText());
            roundTrips.add((System.nanoTime() - start) / 1_000_000);
            Thread.sleep(200);
        }
        System.out.println("Player guard: UI round trips while the page hangs (ms): " + roundTrips);
        assertTrue(roundTrips.stream().allMatch(ms -> ms < 1_000), "the UI thread answers while the page hangs: " + roundTrips);
        assertTrue(UiThread.call(() -> silent.getText().startsWith("The player does not answer")), UiThread.call(silent::getText));
        Screenshots.capture(RatingUiTest.SCREENSHOTS.resolve("player-not-answering.png"));

        // Reload Player: a new page with the recording at the time it was at, that answers and plays
        Browser before = UiThread.call(() -> Widgets.first(window, Browser.class, b -> b.isVisible()).orElseThrow());
        Button reload = Widgets.byId(window, Button.class, RatingIds.PLAYER_RELOAD);
        long reloading = millis(() -> {
            Input.click(reload);
            UiThread.call(() -> reload.isDisposed()); // after the posted click: the UI thread has done the reload
        });
        // the hung page is not asked before its browser goes (SWT's closing would wait 10 s for its onbeforeunload)
        assertTrue(reloading < 3_000, "Reload Player returns without waiting for the hung page: " + reloading + " ms");
        UiThread.waitUntil("a new page, playable, answering", () -> before.isDisposed() && player.isPlayable() && player.isAnswering()
                && !silent.isVisible(), Duration.ofSeconds(30));
        UiThread.waitUntil("back at the time it was at", () -> Math.abs(player.currentMs() - 20_000) < 300, Duration.ofSeconds(10));
        assertFalse(UiThread.call(player::isPlaying), "paused after the reload");
        UiThread.run(player::togglePlay);
        UiThread.waitUntil("the reloaded page plays", () -> player.isPlaying() && player.currentMs() > 20_300, Duration.ofSeconds(30));
        UiThread.run(player::togglePlay);
        UiThread.waitUntil("paused", () -> !player.isPlaying(), Duration.ofSeconds(10));
    }

    @Test
    void everyControlOfThePlayerIsInSightAt1024x768() throws Exception {
        MediaPlayerView player = openThePlayer();
        Rectangle bounds = UiThread.call(window::getBounds);
        boolean maximized = UiThread.call(window::getMaximized);
        try {
            UiThread.run(() -> {
                window.setMaximized(false);
                window.setBounds(0, 0, 1024, 768);
                window.layout(true, true);
            });
            for (String perspective : List.of("Coding Perspective", "Rating Perspective")) {
                String menu = perspective.startsWith("Coding") ? "Window" : "Ratings";
                Input.select(Widgets.menuItem(window, menu, perspective));
                UiThread.run(() -> MediaPlayerView.show());
                UiThread.flush();
                Label status = Widgets.byId(window, Label.class, RatingIds.PLAYER_STATUS);
                Composite body = UiThread.call(status::getParent);
                UiThread.waitUntil("the player's controls laid out at 1024x768", () -> body.isVisible() && body.getSize().x > 0);
                List<String> cut = UiThread.call(() -> cutControls(body));
                Screenshots.capture(RatingUiTest.SCREENSHOTS.resolve("player-1024x768-" + perspective.split(" ")[0].toLowerCase() + ".png"));
                assertEquals(List.of(), cut, "controls of the player cut off at 1024x768 in the " + perspective);
                Button play = Widgets.byId(window, Button.class, RatingIds.PLAYER_PLAY);
                assertTrue(UiThread.call(play::isVisible));
            }
        } finally {
            UiThread.run(() -> {
                window.setBounds(bounds);
                window.setMaximized(maximized);
            });
        }
        assertTrue(UiThread.call(player::isAnswering));
    }

    /** The player's buttons, boxes, texts and labels not wholly in sight: cut by an ancestor's client area. */
    private static List<String> cutControls(Composite body) {
        List<String> cut = new ArrayList<>();
        for (var w : Widgets.descendants(body)) {
            if (w instanceof Control c && c.isVisible() && (c instanceof Button || c instanceof Combo || c instanceof Text || c instanceof Label)) {
                Rectangle whole = c.getDisplay().map(c.getParent(), null, c.getBounds());
                Rectangle seen = new Rectangle(whole.x, whole.y, whole.width, whole.height);
                for (Composite up = c.getParent(); up != null; up = up.getParent()) {
                    seen = seen.intersection(up.getDisplay().map(up, null, up.getClientArea()));
                }
                if (!seen.equals(whole)) {
                    cut.add(Widgets.textOf(c) + " " + whole + " seen " + seen);
                }
            }
        }
        return cut;
    }

    private MediaPlayerView openThePlayer() {
        Input.select(Widgets.menuItem(window, "Window", "Coding Perspective"));
        SampleRecordingUiTest.openRecording(window);
        UiThread.waitUntil("the recording in the Media Player", () -> MediaPlayerView.find() != null && MediaPlayerView.find().media() != null
                && SampleRecordingUiTest.RECORDING.equals(MediaPlayerView.find().media().getName()));
        MediaPlayerView player = UiThread.call(MediaPlayerView::find);
        UiThread.waitUntil("the recording playable", player::isPlayable, Duration.ofSeconds(30));
        return player;
    }

    private static long millis(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}

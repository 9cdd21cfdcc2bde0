package org.attune.ui.ratings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.attune.model.SpeakerTurn;
import org.attune.model.SyncPoint;
import org.attune.model.TextSource;
import org.attune.transcribe.Transcribing;
import org.attune.ui.WidgetIds;
import org.attune.ui.editors.SourceEditor;
import org.attune.ui.preferences.TranscriptionPreferences;
import org.attune.ui.ratings.MediaPlayerView;
import org.attune.ui.ratings.RatingIds;
import org.attune.ui.testsupport.SampleStudy;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.Widget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Transcription mode on the sample study's practice recording: New Transcript for Recording in the Project Explorer
 * opens an empty transcript for typing beside the Media Player; typing with the keys (F4 play, F4 pause with the
 * rewind on pause, F3 rewind, F6 faster, F8 a time code that is a sync point at the caret with the player's time,
 * Ctrl+1 a speaker that is a case: a turn linked to it), then Undo takes back one edit; a time code typed by hand is a
 * sync point as it is typed, and none once deleted. The Media Player's toolbar
 * buttons (New Transcript..., Draft Transcript...) are found and run: here, where the Media Player exists (a test in
 * org.attune.ui.tests cannot find them, as that bundle's test runtime has no org.attune.ui.ratings, whose view and
 * toolbar contribution they are), with the player the active part (they act on its recording, and are disabled
 * otherwise), found by their contribution ids.
 */
class TranscriptionModeUiTest extends SampleStudy {
    private static final String RECORDING = SampleRecordingUiTest.RECORDING;
    private String speakersBefore;

    @BeforeEach
    void setTheSpeakers() throws Exception {
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(TranscriptionPreferences.NODE);
        speakersBefore = prefs.get(TranscriptionPreferences.SPEAKERS, null);
        prefs.put(TranscriptionPreferences.SPEAKERS, "Dawn\nInterviewer"); // Dawn is a case of the sample
    }

    @Override
    @AfterEach
    public void closeTheProject() {
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(TranscriptionPreferences.NODE);
        if (speakersBefore == null) {
            prefs.remove(TranscriptionPreferences.SPEAKERS);
        } else {
            prefs.put(TranscriptionPreferences.SPEAKERS, speakersBefore);
        }
        CleanWorkbench.closeEverything();
    }

    private List<TextSource> transcriptsOfTheRecording() {
        return store.project().getSources().stream().filter(TextSource.class::isInstance).map(TextSource.class::cast)
                .filter(t -> t.getMedia() != null && RECORDING.equals(t.getMedia().getName())).toList();
    }

    @Test
    void typeATranscriptWithTheKeysBesideThePlayer() throws Exception {
        Input.select(Widgets.menuItem(window, "Window", "Coding Perspective"));
        Tree explorer = SampleRecordingUiTest.selectRecording(window);
        int before = UiThread.call(() -> transcriptsOfTheRecording().size());
        Input.select(Widgets.contextMenuItem(explorer, "New Transcript for Recording..."));

        UiThread.waitUntil("the new transcript open for typing", () -> SampleRecordingUiTest.page().getActiveEditor() instanceof SourceEditor e
                && e.getPartName().equals(RECORDING + " transcript") && e.isTranscribing());
        SourceEditor editor = UiThread.call(() -> (SourceEditor) SampleRecordingUiTest.page().getActiveEditor());
        TextSource transcript = UiThread.call(editor::source);
        assertEquals(before + 1, UiThread.call(() -> transcriptsOfTheRecording().size()));
        assertEquals("", UiThread.call(() -> store.text(transcript)));
        UiThread.waitUntil("the recording in the Media Player", () -> MediaPlayerView.find() != null && MediaPlayerView.find().media() != null
                && RECORDING.equals(MediaPlayerView.find().media().getName()));
        MediaPlayerView player = UiThread.call(MediaPlayerView::find);
        UiThread.waitUntil("the recording playable", player::isPlayable, Duration.ofSeconds(30));
        StyledText text = Widgets.find(window, StyledText.class, t -> WidgetIds.SOURCE_TEXT.equals(t.getData(Widgets.ID_KEY)) && t.isVisible()
                && t.getEditable(), "the transcript being typed");
        org.eclipse.swt.widgets.Label status = Widgets.find(window, org.eclipse.swt.widgets.Label.class,
                l -> WidgetIds.SOURCE_STATUS.equals(l.getData(Widgets.ID_KEY)) && l.isVisible(), "the transcript's status");
        UiThread.waitUntil("the status names the keys", () -> status.getText().startsWith("Transcribing: F4 play/pause, F8 time code"));
        Input.clickAt(text); // without a window manager the keyboard follows the pointer

        // F4 plays while the caret is in the text; F4 again pauses and goes back the seconds of the preferences (2)
        Input.key(SWT.F4);
        UiThread.waitUntil("playing", () -> player.isPlaying() && player.currentMs() > 3_000, Duration.ofSeconds(30));
        long playedTo = UiThread.call(player::currentMs);
        Input.key(SWT.F4);
        UiThread.waitUntil("paused", () -> !player.isPlaying(), Duration.ofSeconds(10));
        // the page reports the pause and the rewind's seek one after the other: wait for the seek's time
        UiThread.waitUntil("rewound", () -> player.currentMs() <= playedTo - 1_000, Duration.ofSeconds(10));
        UiThread.flush();
        long paused = UiThread.call(player::currentMs);
        assertTrue(paused <= playedTo - 1_000 && paused >= playedTo - 3_000,
                "rewind on pause: played to " + playedTo + " ms, now at " + paused + " ms");
        assertEquals("", UiThread.call(() -> store.text(transcript)), "the keys typed nothing");

        // F3 rewinds 3 s; F6 plays faster, shown in the rate box
        // the media element reports its time asynchronously: wait until it has settled at the seek's time
        UiThread.run(() -> player.seek(20_000));
        settled(player, 20_000);
        long from = UiThread.call(player::currentMs);
        Input.key(SWT.F3);
        UiThread.waitUntil("rewound 3 s", () -> Math.abs(player.currentMs() - (from - 3_000)) < 150);
        settled(player, from - 3_000);
        Input.key(SWT.F6);
        Combo rate = Widgets.byId(window, Combo.class, RatingIds.PLAYER_RATE);
        UiThread.waitUntil("faster, shown", () -> rate.getText().equals("1.25x"));

        // Ctrl+1: Dawn's turn (a case of the sample); F8: the player's time as a time code and sync point at the caret
        Input.chord(SWT.CTRL, '1');
        UiThread.waitUntil("Dawn's turn", () -> store.text(transcript).equals("Dawn: "));
        int caret = UiThread.call(editor::caret);
        assertEquals(6, caret);
        long now = UiThread.call(player::currentMs);
        Input.key(SWT.F8);
        UiThread.waitUntil("the time code typed", () -> transcript.getSyncPoints().size() == 1);
        SyncPoint point = UiThread.call(() -> transcript.getSyncPoints().get(0));
        assertEquals(caret, point.getOffset(), "the sync point at the caret");
        assertEquals(now, point.getTimeMs(), "with the player's time");
        String coded = "Dawn: " + Transcribing.timeCode(now) + " ";
        assertTrue(coded.startsWith("Dawn: #00:00:1"), coded);
        assertEquals(coded, UiThread.call(() -> store.text(transcript)));
        Input.type(text, "Yes. I was nervous.");
        UiThread.waitUntil("the words typed", () -> store.text(transcript).equals(coded + "Yes. I was nervous."));
        SpeakerTurn turn = UiThread.call(() -> transcript.getTurns().get(0));
        assertEquals("Dawn", turn.getSpeaker());
        assertNotNull(turn.getCase(), "linked to the case Dawn");
        assertEquals("Dawn", turn.getCase().getName());
        assertEquals(UiThread.call(transcript::getLength).intValue(), turn.getEnd(), "the typed words are Dawn's");
        assertTrue(UiThread.call(() -> turn.getCase().getSources().contains(transcript)), "the transcript joins Dawn's case");
        UiThread.waitUntil("the widget shows it", () -> text.getText().equals(coded + "Yes. I was nervous."));
        Screenshots.capture(RatingUiTest.SCREENSHOTS.resolve("transcription-mode.png"));
        // at 1280x800 and 1024x768 the hint wraps within the editor, not cut; the player's toolbar shows icons with tooltips
        org.eclipse.swt.graphics.Rectangle bounds = UiThread.call(window::getBounds);
        boolean maximized = UiThread.call(window::getMaximized);
        try {
            for (int[] size : new int[][] {{1280, 800}, {1024, 768}}) {
                UiThread.run(() -> {
                    window.setMaximized(false);
                    window.setBounds(0, 0, size[0], size[1]);
                    window.layout(true, true);
                });
                UiThread.flush();
                UiThread.waitUntil("the hint whole within the editor at " + size[0] + "x" + size[1], () -> {
                    org.eclipse.swt.graphics.Point shown = status.getSize();
                    return shown.x > 0 && shown.x <= status.getParent().getClientArea().width
                            && status.computeSize(shown.x, SWT.DEFAULT).y <= shown.y;
                });
                for (String id : List.of("org.attune.ui.ratings.player.newTranscript", "org.attune.ui.ratings.player.draftTranscript")) {
                    UiThread.waitUntil(id + " as an icon with a tooltip", () -> toolItem(id) != null && toolItem(id).getImage() != null
                            && toolItem(id).getText().isEmpty() && toolItem(id).getToolTipText() != null);
                }
                Screenshots.capture(RatingUiTest.SCREENSHOTS.resolve("transcription-mode-" + size[0] + "x" + size[1] + ".png"));
            }
        } finally {
            UiThread.run(() -> {
                window.setBounds(bounds);
                window.setMaximized(maximized);
            });
        }

        // Undo takes back one edit: the words typed, not the time code nor the speaker
        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Undo"));
        UiThread.waitUntil("the words taken back", () -> store.text(transcript).equals(coded));
        assertEquals(1, UiThread.call(() -> transcript.getSyncPoints().size()));
        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Undo"));
        UiThread.waitUntil("then the time code", () -> store.text(transcript).equals("Dawn: ") && transcript.getSyncPoints().isEmpty());

        // a time code typed by hand is a sync point as it is typed, as on import; deleted, it is none
        Input.clickAt(text);
        UiThread.run(() -> text.setCaretOffset(text.getCharCount()));
        Input.type(text, "[00:00:30] Well.");
        UiThread.waitUntil("the typed time code a sync point", () -> store.text(transcript).equals("Dawn: [00:00:30] Well.")
                && transcript.getSyncPoints().size() == 1);
        assertEquals("6@30000", UiThread.call(() -> transcript.getSyncPoints().get(0).getOffset() + "@" + transcript.getSyncPoints().get(0)
                .getTimeMs()), "at the code's start, with its time");
        UiThread.run(() -> text.setSelection(6, 6 + "[00:00:30] ".length()));
        Input.key(SWT.BS);
        UiThread.waitUntil("the time code deleted, and its sync point", () -> store.text(transcript).equals("Dawn: Well.")
                && transcript.getSyncPoints().isEmpty());
        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Undo"));
        UiThread.waitUntil("undo brings both back", () -> store.text(transcript).equals("Dawn: [00:00:30] Well.")
                && transcript.getSyncPoints().size() == 1);
    }

    @Test
    void theMediaPlayersToolbarButtonsAreFoundAndRun() throws Exception {
        Input.select(Widgets.menuItem(window, "Window", "Coding Perspective"));
        SampleRecordingUiTest.openRecording(window);
        UiThread.waitUntil("the Media Player with the recording", () -> MediaPlayerView.find() != null && MediaPlayerView.find().media() != null
                && RECORDING.equals(MediaPlayerView.find().media().getName()));
        UiThread.run(() -> SampleRecordingUiTest.page().activate(MediaPlayerView.find()));
        int before = UiThread.call(() -> transcriptsOfTheRecording().size());

        press("org.attune.ui.ratings.player.newTranscript");
        UiThread.waitUntil("an empty transcript of the recording, open for typing", () -> transcriptsOfTheRecording().size() == before + 1
                && SampleRecordingUiTest.page().getActiveEditor() instanceof SourceEditor e && e.isTranscribing());

        UiThread.run(() -> SampleRecordingUiTest.page().activate(MediaPlayerView.find()));
        press("org.attune.ui.ratings.player.draftTranscript");
        UiThread.waitUntil("the draft of the recording added", () -> transcriptsOfTheRecording().size() == before + 2, Duration.ofSeconds(240));
        TextSource draft = UiThread.call(() -> transcriptsOfTheRecording().get(before + 1));
        assertEquals(RECORDING + " draft", draft.getName());
        assertTrue(UiThread.call(() -> !store.text(draft).isEmpty()));
    }

    /** Preferences > Attune > Keys lists the transcription commands with their keys; Transcription has the speakers. */
    @Test
    void theKeysAndTranscriptionPreferencePages() throws Exception {
        preferences("org.attune.ui.preferences.keys", shell -> {
            UiThread.waitUntil("Transcription: Play/Pause on F4 in the Keys page", () -> Widgets.descendants(shell).stream()
                    .filter(org.eclipse.swt.widgets.Tree.class::isInstance).map(org.eclipse.swt.widgets.Tree.class::cast)
                    .anyMatch(t -> Widgets.treeItem(t.getItems(), i -> i.getText(0).equals("Transcription: Play/Pause")
                            && i.getText(1).equals("F4")) != null), Duration.ofSeconds(30));
            Screenshots.capture(RatingUiTest.SCREENSHOTS.resolve("transcription-keys.png"));
        });
        preferences("org.attune.ui.preferences.transcription", shell -> UiThread.waitUntil("the speakers box of the Transcription page",
                () -> Widgets.descendants(shell).stream().anyMatch(w -> w instanceof org.eclipse.swt.widgets.Text t && t.isVisible()
                        && t.getText().equals("Dawn\nInterviewer"))));
    }

    /** What a test checks in a dialog. */
    private interface Check {
        void on(Shell shell) throws Exception;
    }

    /** Opens Preferences at the page {@code id}, checks it, closes it. */
    private void preferences(String id, Check check) throws Exception {
        org.eclipse.jface.preference.PreferenceDialog dialog = UiThread.call(() -> {
            org.eclipse.jface.preference.PreferenceDialog d = org.eclipse.ui.dialogs.PreferencesUtil.createPreferenceDialogOn(window, id,
                    null, null);
            d.setBlockOnOpen(false);
            d.open();
            return d;
        });
        try {
            check.on(UiThread.call(dialog::getShell));
        } finally {
            UiThread.run(dialog::close);
        }
    }

    /** Waits until the paused player's time is {@code ms} (within 150 ms) and stays there for half a second. */
    private static void settled(MediaPlayerView player, long ms) throws InterruptedException {
        for (int stable = 0; stable < 2;) {
            UiThread.waitUntil("the player at " + ms + " ms", () -> !player.isPlaying() && Math.abs(player.currentMs() - ms) < 150);
            Thread.sleep(500);
            UiThread.flush();
            stable = UiThread.call(() -> Math.abs(player.currentMs() - ms) < 150) ? stable + 1 : 0;
        }
    }

    /** Presses the Media Player's toolbar item contributed with {@code id} (plugin.xml), once it is shown and enabled. */
    private void press(String id) {
        UiThread.waitUntil(id + " on the Media Player's toolbar, enabled", () -> toolItem(id) != null && toolItem(id).isEnabled());
        UiThread.run(() -> toolItem(id).notifyListeners(SWT.Selection, new Event()));
    }

    private ToolItem toolItem(String id) {
        for (Widget w : Widgets.descendants(window)) {
            if (w instanceof ToolBar bar && bar.isVisible()) {
                for (ToolItem item : bar.getItems()) {
                    if (item.getData() instanceof IContributionItem c && id.equals(c.getId())) {
                        return item;
                    }
                }
            }
        }
        return null;
    }
}

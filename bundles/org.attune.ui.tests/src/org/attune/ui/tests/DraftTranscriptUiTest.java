package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.attune.importer.ImportOptions;
import org.attune.importer.ImportOutcome;
import org.attune.importer.Importer;
import org.attune.model.Source;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.transcribe.DraftTranscript;
import org.attune.ui.IProjectSession;
import org.attune.ui.WidgetIds;
import org.attune.ui.editors.SourceEditor;
import org.attune.ui.testsupport.SampleStudy;
import org.attune.ui.testsupport.Input;
import org.attune.ui.testsupport.Screenshots;
import org.attune.ui.testsupport.UiThread;
import org.attune.ui.testsupport.Widgets;
import org.attune.ui.transcribe.DraftTranscriptJob;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Draft Transcript... on a recording of speech generated with espeak-ng: PocketSphinx runs as a job, the draft opens
 * with one "Speaker:" turn per utterance, the Explorer and Properties say it is a draft until Mark Transcript
 * Corrected; a draft started and cancelled kills the engine and stores nothing.
 */
class DraftTranscriptUiTest {
    private static final String SAID = "Shall we look at the clip from Tuesday together? Yes. I was nervous about watching it. "
            + "Here Tyler hands you the brick. What do you see?";
    private ProjectStore store;
    private Shell window;
    private Tree explorer;

    private void openProjectWithSpeech(Path tmp, String text) throws Exception {
        Path wav = tmp.resolve("Clip.wav");
        Process espeak = new ProcessBuilder("espeak-ng", "-v", "en-us+m1", "-s", "130", "-w", wav.toString(), text).start();
        assertTrue(espeak.waitFor(60, TimeUnit.SECONDS) && espeak.exitValue() == 0, "espeak-ng (installed by .ci/run) speaks");
        store = ProjectStore.create(tmp.resolve("project"), "Drafts", OpenOptions.of(IProjectSession.HOLDER).withBackups(false));
        assertEquals(ImportOutcome.Status.IMPORTED, new Importer(store, ImportOptions.defaults()).importOne(wav).status());
        UiThread.run(() -> PlatformUI.getWorkbench().getService(IProjectSession.class).open(store));
        window = UiThread.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        explorer = Widgets.byId(window, Tree.class, WidgetIds.PROJECT_TREE);
    }

    @AfterEach
    void closeTheProject() {
        Job.getJobManager().cancel(DraftTranscriptJob.FAMILY);
        UiThread.run(() -> {
            SampleStudy.page().closeAllEditors(false);
            PlatformUI.getWorkbench().getService(IProjectSession.class).close();
        });
    }

    private TreeItem select(String label) {
        UiThread.waitUntil(label + " in the explorer", () -> Widgets.treeItem(explorer.getItems(), label) != null);
        return UiThread.call(() -> {
            TreeItem item = Widgets.treeItem(explorer.getItems(), label);
            explorer.setSelection(item);
            Event e = new Event();
            e.item = item;
            explorer.notifyListeners(SWT.Selection, e);
            explorer.setFocus();
            return item;
        });
    }

    /** The project's transcripts; on the UI thread (waitUntil's conditions run there). */
    private List<TextSource> transcripts() {
        return store.project().getSources().stream().filter(TextSource.class::isInstance).map(TextSource.class::cast).toList();
    }

    @Test
    void draftTranscribeAClipSeeItsTurnsThenMarkItCorrected(@TempDir Path tmp) throws Exception {
        openProjectWithSpeech(tmp, SAID);
        select("Clip");
        Input.select(Widgets.contextMenuItem(explorer, "Draft Transcript..."));
        UiThread.waitUntil("the draft added", () -> transcripts().size() == 1, Duration.ofSeconds(180));
        TextSource draft = UiThread.call(() -> transcripts().get(0));
        assertTrue(DraftTranscript.isDraft(draft));
        assertEquals("Clip", draft.getMedia().getName());
        UiThread.waitUntil("the draft open in the transcript editor",
                () -> SampleStudy.page().getActiveEditor() instanceof SourceEditor e && e.source() == draft);
        String text = UiThread.call(() -> store.text(draft));
        assertEquals(draft.getTurns().size(), text.split("\n").length, "one turn per line: " + text);
        assertTrue(draft.getTurns().size() >= 2, "the pauses part utterances: " + text);
        assertTrue(text.startsWith(DraftTranscript.UNKNOWN_SPEAKER + ": "), text);
        StyledText shown = Widgets.find(window, StyledText.class, t -> t.getText().contains(text.split("\n")[0]), "the draft's text in the editor");
        assertNotNull(shown);
        UiThread.waitUntil("the explorer says it is a draft", () -> Widgets.treeItem(explorer.getItems(),
                i -> i.getText().startsWith("Clip (draft)")) != null);
        Screenshots.capture(CodingUiTest.SCREENSHOTS.resolve("draft-transcript.png"));

        TreeItem item = UiThread.call(() -> Widgets.treeItem(explorer.getItems(), i -> i.getText().contains("(draft)")));
        String draftLabel = UiThread.call(item::getText);
        select(draftLabel);
        Input.select(Widgets.contextMenuItem(explorer, "Properties"));
        Tree properties = UiThread.call(() -> (Tree) ((org.eclipse.ui.views.properties.PropertySheet) SampleStudy.page()
                .findView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET)).getCurrentPage().getControl());
        UiThread.waitUntil("the Properties view says it is a draft and by what", () -> Widgets.treeItem(properties.getItems(),
                i -> i.getText(0).equals("Draft") && i.getText(1).startsWith("yes, by pocketsphinx, ")) != null);
        UiThread.run(() -> SampleStudy.page().activate(SampleStudy.page().findView(org.attune.ui.views.ProjectExplorerView.ID)));

        select(draftLabel);
        Input.select(Widgets.contextMenuItem(explorer, "Mark Transcript Corrected"));
        UiThread.waitUntil("no draft any more", () -> !DraftTranscript.isDraft(draft));
        UiThread.waitUntil("nor in the explorer", () -> Widgets.treeItem(explorer.getItems(), i -> i.getText().contains("(draft)")) == null);
        Input.select(Widgets.menuItemStartingWith(window, "Edit", "Undo"));
        UiThread.waitUntil("a draft again after Undo", () -> DraftTranscript.isDraft(draft));
    }

    @Test
    void draftStartedAndCancelledStoresNothing(@TempDir Path tmp) throws Exception {
        openProjectWithSpeech(tmp, SAID + " " + SAID + " " + SAID + " " + SAID);
        List<Source> before = UiThread.call(() -> List.copyOf(store.project().getSources()));
        select("Clip");
        Input.select(Widgets.contextMenuItem(explorer, "Draft Transcript..."));
        UiThread.waitUntil("PocketSphinx running", () -> !running().isEmpty(), Duration.ofSeconds(60));
        List<ProcessHandle> engines = running();
        Job.getJobManager().cancel(DraftTranscriptJob.FAMILY); // what Cancel in the progress dialog does
        UiThread.waitUntil("the job ended", () -> Job.getJobManager().find(DraftTranscriptJob.FAMILY).length == 0, Duration.ofSeconds(30));
        engines.forEach(p -> assertFalse(p.isAlive(), "the engine is killed: " + p.info()));
        assertTrue(running().isEmpty(), "no engine left running");
        UiThread.flush();
        assertEquals(before, UiThread.call(() -> List.copyOf(store.project().getSources())), "nothing stored");
    }

    private static List<ProcessHandle> running() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.isAlive() && p.info().commandLine().orElse("").contains("pocketsphinx_continuous")).toList();
    }
}

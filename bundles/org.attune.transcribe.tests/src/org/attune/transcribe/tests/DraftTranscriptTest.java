package org.attune.transcribe.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.attune.coding.Cases;
import org.attune.importer.ImportOptions;
import org.attune.importer.ImportOutcome;
import org.attune.importer.Importer;
import org.attune.importer.timed.Cue;
import org.attune.model.Case;
import org.attune.model.MediaSource;
import org.attune.model.Source;
import org.attune.model.SpeakerTurn;
import org.attune.model.SyncPoint;
import org.attune.model.TextSource;
import org.attune.store.OpenOptions;
import org.attune.store.ProjectStore;
import org.attune.transcribe.DraftTranscript;
import org.attune.transcribe.Engines;
import org.attune.transcribe.PocketSphinxEngine;
import org.attune.transcribe.SpeechEngine;
import org.attune.transcribe.TranscriptionException;
import org.attune.transcribe.WordErrorRate;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A draft transcript made by PocketSphinx of speech generated with espeak-ng from a known text, through the real
 * import and store: its turns and sync points follow the speech, it is a draft until marked corrected, it is one
 * undoable action that survives reopening, the word error rate stays under a generous bound, and Cancel kills the
 * engine and stores nothing.
 */
class DraftTranscriptTest {
    private static final OpenOptions OPEN = OpenOptions.of("transcribe test").withBackups(false);
    /** Generous: PocketSphinx's US English model on espeak-ng's voice measured 0.63 (docs/transcription.md). */
    static final double WER_BOUND = 0.85;

    @TempDir
    Path tmp;

    private MediaSource importSpeech(ProjectStore store, String text) throws Exception {
        Path wav = Speech.spoken(text, tmp.resolve("Review " + Math.abs(text.hashCode()) + ".wav"));
        ImportOutcome outcome = new Importer(store, ImportOptions.defaults()).importOne(wav);
        assertEquals(ImportOutcome.Status.IMPORTED, outcome.status(), outcome.detail());
        return (MediaSource) store.project().getSources().stream().filter(s -> s instanceof MediaSource).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void pocketSphinxDraftsTheSpeechAsTimedTurnsMarkedDraft() throws Exception {
        Path project = tmp.resolve("project");
        String name;
        String text;
        try (ProjectStore store = ProjectStore.create(project, "Drafts", OPEN)) {
            MediaSource recording = importSpeech(store, Speech.REVIEW);
            SpeechEngine engine = new PocketSphinxEngine();
            assertNull(engine.unavailable(), "PocketSphinx and FFmpeg are installed (.ci/run installs them)");
            List<Cue> cues = DraftTranscript.recognise(DraftTranscript.file(store, recording), null, recording.getName(), engine,
                    new NullProgressMonitor());
            assertTrue(cues.size() >= 3, "the pauses between sentences part utterances: " + cues);
            long last = 0;
            for (Cue cue : cues) {
                assertTrue(cue.startMs() >= last && cue.endMs() > cue.startMs(), "utterances in order: " + cues);
                last = cue.endMs();
            }
            assertTrue(last <= recording.getDurationMs() + 500, "within the recording (" + recording.getDurationMs() + " ms): " + last);

            WordErrorRate wer = WordErrorRate.of(Speech.REVIEW, String.join(" ", cues.stream().map(Cue::text).toList()));
            System.out.printf(Locale.ROOT, "PocketSphinx on espeak-ng: WER %.3f (%d errors in %d words)%n", wer.rate(), wer.errors(),
                    wer.referenceWords());
            assertTrue(wer.rate() < WER_BOUND, "word error rate " + wer.rate() + ": " + cues);

            int before = store.project().getSources().size();
            TextSource draft = DraftTranscript.add(store, recording, cues, engine.name());
            assertEquals(before + 1, store.project().getSources().size());
            assertSame(recording, draft.getMedia());
            assertTrue(DraftTranscript.isDraft(draft));
            assertTrue(DraftTranscript.draftBy(draft).startsWith("pocketsphinx, "), DraftTranscript.draftBy(draft));
            text = store.text(draft);
            String[] lines = text.split("\n");
            assertEquals(cues.size(), lines.length);
            assertEquals(cues.size(), draft.getTurns().size());
            assertEquals(2 * cues.size(), draft.getSyncPoints().size());
            for (int i = 0; i < cues.size(); i++) {
                SpeakerTurn turn = draft.getTurns().get(i);
                assertEquals(DraftTranscript.UNKNOWN_SPEAKER, turn.getSpeaker());
                assertEquals(DraftTranscript.UNKNOWN_SPEAKER + ": " + cues.get(i).text(), text.substring(turn.getStart(), turn.getEnd()));
                SyncPoint at = draft.getSyncPoints().get(2 * i);
                assertEquals(turn.getStart(), at.getOffset());
                assertEquals(cues.get(i).startMs(), at.getTimeMs());
                assertEquals(cues.get(i).endMs(), draft.getSyncPoints().get(2 * i + 1).getTimeMs());
            }
            name = draft.getName();
            assertEquals(recording.getName(), name, "no transcript had the recording's name");
            store.undo();
            assertNull(transcript(store, name), "the draft is one action, undone whole");
            assertEquals(before, store.project().getSources().size());
            store.redo();
            assertSame(draft, transcript(store, name));
        }
        try (ProjectStore store = ProjectStore.open(project, OPEN)) {
            TextSource draft = transcript(store, name);
            store.load(draft);
            assertEquals(text, store.text(draft), "the draft's text is on disk");
            assertTrue(DraftTranscript.isDraft(draft), "and so is its draft mark");
            assertNotNull(draft.getMedia());
            assertTrue(DraftTranscript.markCorrected(store, draft));
            assertFalse(DraftTranscript.isDraft(draft));
            assertFalse(DraftTranscript.markCorrected(store, draft), "corrected already");
            store.undo();
            assertTrue(DraftTranscript.isDraft(draft), "marking corrected is undone");
        }
    }

    @Test
    void cancelKillsTheEngineAndStoresNothing() throws Exception {
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Drafts", OPEN)) {
            MediaSource recording = importSpeech(store, Speech.REVIEW + Speech.REVIEW + Speech.REVIEW);
            int sources = store.project().getSources().size();
            NullProgressMonitor monitor = new NullProgressMonitor();
            AtomicReference<List<ProcessHandle>> seen = new AtomicReference<>(List.of());
            Thread canceller = Thread.ofVirtual().start(() -> {
                long until = System.currentTimeMillis() + 60_000;
                while (seen.get().isEmpty() && System.currentTimeMillis() < until) {
                    seen.set(Speech.running("pocketsphinx_continuous"));
                    Thread.onSpinWait();
                }
                monitor.setCanceled(true);
            });
            long started = System.nanoTime();
            assertThrows(OperationCanceledException.class, () -> DraftTranscript.recognise(DraftTranscript.file(store, recording), "en",
                    recording.getName(), new PocketSphinxEngine(), monitor));
            canceller.join();
            assertFalse(seen.get().isEmpty(), "PocketSphinx was running when cancelled");
            assertTrue((System.nanoTime() - started) / 1_000_000 < 60_000, "Cancel stops at once");
            for (ProcessHandle engine : seen.get()) {
                assertFalse(engine.isAlive(), "the engine's process is killed: " + engine.info());
            }
            assertTrue(Speech.running("pocketsphinx_continuous").isEmpty(), "no engine left running");
            assertEquals(sources, store.project().getSources().size(), "nothing stored");
        }
    }

    @Test
    void speakersThatAreCasesAreLinkedAndTheDraftJoinsTheirCasesInOneAction() throws Exception {
        try (ProjectStore store = ProjectStore.create(tmp.resolve("project"), "Drafts", OPEN)) {
            Path wav = Speech.spoken("Hello.", tmp.resolve("Visit.wav"));
            new Importer(store, ImportOptions.defaults()).importOne(wav);
            MediaSource recording = (MediaSource) store.project().getSources().get(0);
            Cases cases = new Cases(store);
            Case dawn = cases.create("Dawn", "carer");
            Case anna = cases.create("Anna", "guider");
            cases.assignSource(anna, recording);
            TextSource other = DraftTranscript.add(store, recording, List.of(new Cue(0, 500, null, "first")), "test");
            assertEquals("Visit", other.getName());
            TextSource draft = DraftTranscript.add(store, recording, List.of(new Cue(0, 900, "dawn", "hello there"),
                    new Cue(1000, 1800, null, "hi"), new Cue(2000, 2600, "Ben", "bye")), "test");
            assertEquals("Visit draft", draft.getName(), "a name no transcript has");
            assertSame(dawn, draft.getTurns().get(0).getCase(), "a speaker named as a case is linked to it, as import does");
            assertEquals(DraftTranscript.UNKNOWN_SPEAKER, draft.getTurns().get(1).getSpeaker());
            assertNull(draft.getTurns().get(1).getCase());
            assertNull(draft.getTurns().get(2).getCase(), "Ben is no case");
            assertTrue(dawn.getSources().contains(draft), "the draft is one of its speaker's cases' sources");
            assertTrue(anna.getSources().contains(draft), "and of the recording's cases");
            assertEquals("dawn: hello there\nSpeaker: hi\nBen: bye", store.text(draft));
            store.undo();
            assertFalse(store.project().getSources().contains(draft));
            assertFalse(dawn.getSources().contains(draft) || anna.getSources().contains(draft), "undone whole");
        }
    }

    @Test
    void anEngineNotInstalledSaysHowToInstallIt() throws Exception {
        SpeechEngine missing = Engines.named("whisper-cpp", tmp.resolve("whisper-cli"), tmp.resolve("ggml-base.en.bin"));
        assertTrue(missing.unavailable().contains("whisper-cli: the whisper.cpp executable is missing"), missing.unavailable());
        TranscriptionException e = assertThrows(TranscriptionException.class,
                () -> missing.transcribe(Speech.spoken("Hello.", tmp.resolve("a.wav")), null, new NullProgressMonitor()));
        assertEquals(missing.unavailable(), e.getMessage());
        assertTrue(Engines.named(null, null, null) instanceof PocketSphinxEngine, "PocketSphinx is the default");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Engines.named("vosk", null, null));
        assertEquals("there is no speech engine \"vosk\"; there are pocketsphinx and whisper-cpp", unknown.getMessage());
        TranscriptionException german = assertThrows(TranscriptionException.class,
                () -> new PocketSphinxEngine().transcribe(tmp.resolve("a.wav"), "de", new NullProgressMonitor()));
        assertTrue(german.getMessage().contains("English only"), german.getMessage());
    }

    private static TextSource transcript(ProjectStore store, String name) {
        for (Source s : store.project().getSources()) {
            if (s instanceof TextSource t && name.equals(t.getName())) {
                return t;
            }
        }
        return null;
    }
}
